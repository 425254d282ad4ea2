/**
 * Saved answers: localStorage only, versioned, validated on every load.
 *
 * Framework-free so it can be unit-tested under Node (tests/storage.test.ts).
 * Format: { version: SCHEMA_VERSION, savedAt: ISO string, answers: Situation }.
 * Loading never throws: older versions are migrated, anything else is handed back
 * as raw text (for the user to download) and the storage is reset.
 */
// Only the schema, not the engine: this module is in every wizard page.
import { parseSituation, SCHEMA_VERSION, type Situation } from '../../rules/situation';

import { STORAGE_KEY } from './keys';
export { STORAGE_KEY };

export interface SavedAnswers {
  version: number;
  savedAt: string;
  answers: Situation;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; answers: Situation; savedAt: string; migratedFrom?: number }
  | { kind: 'invalid'; raw: string; reason: 'not-json' | 'not-an-object' | 'unknown-version' | 'schema' };

type Answers = Record<string, unknown>;

/**
 * One step per version: MIGRATIONS[v] turns version v answers into version v+1.
 * Version 0 is the shape before the envelope existed: the answers object stored bare
 * (no version, no savedAt). Add a step here whenever SCHEMA_VERSION goes up, e.g. a
 * renamed fact: `2: (a) => rename(a, 'oldId', 'newId')`.
 */
export const MIGRATIONS: Readonly<Record<number, (answers: Answers) => Answers>> = {
  0: (answers) => answers,
};

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** Renames a key, keeping the others; used by migration steps. */
export function rename(answers: Answers, from: string, to: string): Answers {
  if (!(from in answers)) return answers;
  const { [from]: value, ...rest } = answers;
  return to in rest ? rest : { ...rest, [to]: value };
}

/**
 * Brings any stored envelope to the current version.
 * Returns null when the data cannot be understood (unknown or future version, wrong shape).
 */
export function migrate(data: unknown): { answers: Answers; savedAt: string; from: number } | null {
  if (!isPlainObject(data)) return null;
  let version: number;
  let answers: unknown;
  let savedAt = '';
  if ('version' in data) {
    if (typeof data.version !== 'number' || !Number.isInteger(data.version)) return null;
    version = data.version;
    answers = data.answers;
    if (typeof data.savedAt === 'string') savedAt = data.savedAt;
  } else if ('answers' in data) {
    return null;
  } else {
    version = 0;
    answers = data;
  }
  if (version < 0 || version > SCHEMA_VERSION || !isPlainObject(answers)) return null;
  let current: Answers = { ...answers };
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return null;
    current = step(current);
  }
  return { answers: current, savedAt, from: version };
}

/** Parses what localStorage holds. Never throws. */
export function decode(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid', raw, reason: 'not-json' };
  }
  if (!isPlainObject(data)) return { kind: 'invalid', raw, reason: 'not-an-object' };
  const migrated = migrate(data);
  if (!migrated) return { kind: 'invalid', raw, reason: 'unknown-version' };
  const parsed = parseSituation(migrated.answers);
  if (!parsed.ok) return { kind: 'invalid', raw, reason: 'schema' };
  return {
    kind: 'ok',
    answers: parsed.situation,
    savedAt: migrated.savedAt,
    ...(migrated.from !== SCHEMA_VERSION ? { migratedFrom: migrated.from } : {}),
  };
}

export function encode(answers: Situation, now: Date): string {
  const saved: SavedAnswers = { version: SCHEMA_VERSION, savedAt: now.toISOString(), answers };
  return JSON.stringify(saved);
}

/** The minimal Storage surface used here (window.localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Loads, and resets the store when the data is invalid (the caller offers the raw text for download). */
export function load(store: KeyValueStore): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  const result = decode(raw);
  if (result.kind === 'invalid') safely(() => store.removeItem(STORAGE_KEY));
  else if (result.kind === 'ok' && result.migratedFrom !== undefined) safely(() => store.setItem(STORAGE_KEY, encode(result.answers, new Date())));
  return result;
}

export function save(store: KeyValueStore, answers: Situation, now = new Date()): boolean {
  return safely(() => store.setItem(STORAGE_KEY, encode(answers, now)));
}

function safely(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    // Private mode or a full quota: the wizard keeps working for this visit.
    return false;
  }
}

export { eraseEverything } from './erase';
