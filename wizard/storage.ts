/**
 * Saved answers: localStorage only, versioned, validated on every load.
 *
 * Framework-free so it can be unit-tested under Node (tests/storage.test.ts).
 * Format: { version: SCHEMA_VERSION, savedAt: ISO string, answers: Situation }.
 * Loading never throws: older versions are migrated; anything else is set aside under UNREADABLE_KEY
 * (never deleted silently: every page that reads answers shows the notice and the download until the
 * person deletes it) and the wizard starts afresh.
 * Also the defensive readers of the other things the site stores (checklist ticks, letter attempts):
 * tampered values are dropped, never a crash.
 */
// Only the schema, not the engine: this module is in every wizard page.
import { parseSituation, SCHEMA_VERSION, type Situation } from '../rules/situation';

import { STORAGE_KEY, UNREADABLE_KEY } from './keys';
export { STORAGE_KEY, UNREADABLE_KEY };

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

/**
 * Loads. Invalid data is moved to UNREADABLE_KEY (the caller offers it for download); if it cannot be
 * moved (a full quota), it stays where it was: nothing is ever lost without the person knowing.
 */
export function load(store: KeyValueStore): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  const result = decode(raw);
  if (result.kind === 'invalid') {
    if (safely(() => store.setItem(UNREADABLE_KEY, result.raw))) safely(() => store.removeItem(STORAGE_KEY));
  } else if (result.kind === 'ok' && result.migratedFrom !== undefined) safely(() => store.setItem(STORAGE_KEY, encode(result.answers, new Date())));
  return result;
}

/** The answers set aside because they could not be read, if any. */
export function unreadable(store: KeyValueStore): string | null {
  try {
    return store.getItem(UNREADABLE_KEY);
  } catch {
    return null;
  }
}

/** The person downloaded (or does not want) the unreadable answers: delete them. */
export function forgetUnreadable(store: KeyValueStore): boolean {
  return safely(() => store.removeItem(UNREADABLE_KEY));
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

const isDay = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) && !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x);

const parseJson = (raw: string | null): unknown => {
  if (raw === null || raw.length > 64 * 1024) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** Checklist ticks ({ documentId: true }) as stored; anything else in them is dropped. Never throws. */
export function parseTicks(raw: string | null): Record<string, boolean> {
  const data = parseJson(raw);
  if (!isPlainObject(data)) return {};
  const out: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'boolean' && k.length <= 100 && k !== '__proto__') out[k] = v;
  return out;
}

export interface StoredAttempt {
  date: string;
  note?: string;
}

/** Letter attempts ([{ date: 'YYYY-MM-DD', note? }]) as stored; invalid entries are dropped. Never throws. */
export function parseAttempts(raw: string | null): StoredAttempt[] {
  const data = parseJson(raw);
  if (!Array.isArray(data)) return [];
  const out: StoredAttempt[] = [];
  for (const a of data.slice(0, 200)) {
    if (!isPlainObject(a) || !isDay(a.date)) continue;
    out.push(typeof a.note === 'string' && a.note.length <= 500 ? { date: a.date, note: a.note } : { date: a.date });
  }
  return out;
}

export { eraseEverything } from './erase';
