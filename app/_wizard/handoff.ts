/**
 * Hand-off without a server: the answers travel in a URL fragment (QR code) or a small JSON file.
 *
 * Framework-free (tests/handoff.test.ts runs it under Node). Nothing here ever throws on input.
 *
 * Fragment: `#h=<version>.<payload>.<check>`
 *   - version: the answers' schema version (SCHEMA_VERSION); older versions are migrated
 *     with the same steps as saved answers (storage.ts MIGRATIONS);
 *   - payload: base64url(UTF-8 JSON of the answers object);
 *   - check: FNV-1a 32-bit of "<version>.<payload>", 8 hex digits. Not a security measure
 *     (anyone can recompute it): it catches a truncated or hand-edited link, which could
 *     otherwise still decode to valid but different answers.
 * The fragment never reaches a server (browsers do not send it), unlike a query string.
 *
 * File: `{ "format": "sesame-answers", "version": n, "savedAt": "…", "answers": { … } }`.
 * The bare storage envelope and bare answers (version 0) are accepted too.
 */
import { parseSituation, SCHEMA_VERSION, type Situation } from '../../rules/situation';
import { migrate } from './storage';

export const HANDOFF_PARAM = 'h';
export const FILE_FORMAT = 'sesame-answers';
/** Beyond this a file cannot be a Sésame export (the full registry answered is a few KiB). */
export const MAX_FILE_BYTES = 64 * 1024;
/** Same bound for a fragment (a QR code holds at most 2,953 bytes anyway). */
const MAX_TOKEN_CHARS = 16 * 1024;

export type HandoffProblem = 'malformed' | 'checksum' | 'unknown-version' | 'not-json' | 'schema' | 'too-large' | 'wrong-format';

export type HandoffResult =
  | { ok: true; answers: Situation; version: number; migratedFrom?: number }
  | { ok: false; problem: HandoffProblem };

// ── base64url over UTF-8 (no Buffer: runs in the browser and in Node ≥ 16).

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined when the text is not base64url or not UTF-8. */
export function fromBase64Url(b64: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(b64) || b64.length % 4 === 1) return undefined;
  try {
    const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Only the answered facts, in a stable order (the object as validated). */
function compact(answers: Situation): Situation {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(answers)) if (v !== undefined) out[k] = v;
  return out as Situation;
}

/** The fragment value (without "h="), for answers of the given version (current by default). */
export function encodeHandoff(answers: Situation, version = SCHEMA_VERSION): string {
  const body = `${version}.${toBase64Url(JSON.stringify(compact(answers)))}`;
  return `${body}.${checksum(body)}`;
}

/** The link a QR code carries: the public site, the person's language, the answers in the fragment. */
export function handoffUrl(site: string, lang: string, answers: Situation): string {
  return `${site.replace(/\/+$/, '')}/${lang}/handoff/#${HANDOFF_PARAM}=${encodeHandoff(answers)}`;
}

/** Versioned answers → current answers, validated. Shared by fragments and files. */
function accept(version: number, answers: unknown): HandoffResult {
  const migrated = migrate({ version, savedAt: '', answers });
  if (!migrated) return { ok: false, problem: 'unknown-version' };
  const parsed = parseSituation(migrated.answers);
  if (!parsed.ok) return { ok: false, problem: 'schema' };
  return { ok: true, answers: parsed.situation, version, ...(version !== SCHEMA_VERSION ? { migratedFrom: version } : {}) };
}

/** Decodes a fragment value ("1.xxxx.yyyy"). Never throws. */
export function decodeHandoff(token: string): HandoffResult {
  if (typeof token !== 'string') return { ok: false, problem: 'malformed' };
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, problem: 'too-large' };
  const m = /^(\d{1,4})\.([A-Za-z0-9_-]*)\.([0-9a-f]{8})$/.exec(token);
  if (!m) return { ok: false, problem: 'malformed' };
  const [, v, payload, check] = m as unknown as [string, string, string, string];
  if (checksum(`${v}.${payload}`) !== check) return { ok: false, problem: 'checksum' };
  const version = Number(v);
  if (version > SCHEMA_VERSION) return { ok: false, problem: 'unknown-version' };
  const json = fromBase64Url(payload);
  if (json === undefined) return { ok: false, problem: 'malformed' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return accept(version, data);
}

/**
 * Reads the hand-off from a location hash ("#h=…"). Null when the hash carries no hand-off
 * (nothing to do); a result (ok or a problem) otherwise.
 */
export function readFragment(hash: string): HandoffResult | null {
  if (typeof hash !== 'string') return null;
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  let token: string | null = null;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === HANDOFF_PARAM) token = part.slice(eq + 1);
  }
  if (token === null) return null;
  return decodeHandoff(token);
}

/** The text of an exported file. */
export function exportFile(answers: Situation, now: Date): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: SCHEMA_VERSION, savedAt: now.toISOString(), answers: compact(answers) }, null, 2)}\n`;
}

export const exportFileName = (now: Date) => `sesame-answers-${now.toISOString().slice(0, 10)}.json`;

/** Reads an imported file's text. Never throws. */
export function importFile(text: string): HandoffResult {
  if (typeof text !== 'string') return { ok: false, problem: 'malformed' };
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'wrong-format' };
  const o = data as Record<string, unknown>;
  if ('format' in o && o.format !== FILE_FORMAT) return { ok: false, problem: 'wrong-format' };
  if ('version' in o || 'answers' in o) {
    if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 0) return { ok: false, problem: 'unknown-version' };
    if (o.version > SCHEMA_VERSION) return { ok: false, problem: 'unknown-version' };
    return accept(o.version, o.answers);
  }
  if ('format' in o) return { ok: false, problem: 'wrong-format' };
  // Bare answers: the shape before any envelope (version 0).
  return accept(0, o);
}
