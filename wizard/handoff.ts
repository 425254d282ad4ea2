/**
 * Hand-off without a server and without plaintext: the answers travel encrypted in a URL fragment
 * (QR code); the key never travels with them. The volunteer's screen shows a code of 20 digits
 * that the volunteer reads out and the person types on their phone.
 *
 * Framework-free (tests/handoff.test.ts runs it under Node ≥ 20, which has Web Crypto). Nothing here
 * ever throws on input.
 *
 * Why: a link stays in the browser's history database (and in history sync) even after the page
 * removes it from the address bar (issue 15). With the answers encrypted, a link left in history,
 * in a screenshot of the QR code or in a synced profile reveals nothing without the code.
 *
 * Fragment: `#h=e<version>.<salt>.<iv>.<ciphertext>.<check>`
 *   - version: the answers' schema version (SCHEMA_VERSION); older versions are migrated after
 *     decryption with the same steps as saved answers (storage.ts MIGRATIONS);
 *   - salt (16 bytes) and iv (12 bytes): random, base64url;
 *   - ciphertext: AES-256-GCM of the UTF-8 JSON of the answers, with "sesame-handoff:e<version>" as
 *     additional data (so the version cannot be changed without the decryption failing), base64url;
 *   - key: PBKDF2-SHA-256 of the code, PBKDF2_ITERATIONS (600,000) rounds, over the salt;
 *   - check: FNV-1a 32-bit of everything before it, 8 hex digits. Not a security measure (GCM's tag
 *     is): it tells a truncated or damaged link ("ask for a new QR code") from a mistyped code
 *     ("type the code again") before the slow key derivation.
 * Strength: the code is 20 random digits (66 bits, above the 64-bit floor for a random key), and
 * each guess also costs 600,000 PBKDF2 rounds: an offline attack on a link found in history is out
 * of reach. Links of the older plaintext format (`1.<base64 JSON>.<check>`) are refused.
 *
 * File: `{ "format": "sesame-answers", "version": n, "savedAt": "…", "answers": { … } }`.
 * The bare storage envelope and bare answers (version 0) are accepted too. The file is plaintext:
 * the volunteer page says where it goes (Downloads) and to delete it after use.
 */
import { parseSituation, SCHEMA_VERSION, type Situation } from '../rules/situation';
import { asciiDigits } from '../locales/languages';
import { migrate } from './storage';

export const HANDOFF_PARAM = 'h';
export const FILE_FORMAT = 'sesame-answers';
/** Beyond this a file cannot be a Sésame export (the full registry answered is a few KiB). */
export const MAX_FILE_BYTES = 64 * 1024;
/** Same bound for a fragment (a QR code holds at most 2,953 bytes anyway). */
export const MAX_TOKEN_CHARS = 16 * 1024;
/** Digits of the code read out by the volunteer: 20 random digits = 66.4 bits. */
export const CODE_DIGITS = 20;
/** PBKDF2-SHA-256 rounds per key derivation (OWASP 2023 floor for SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;

export type HandoffProblem =
  | 'malformed' | 'checksum' | 'unknown-version' | 'not-json' | 'schema' | 'too-large' | 'wrong-format'
  | 'plaintext' | 'wrong-code' | 'no-crypto';

export type HandoffResult =
  | { ok: true; answers: Situation; version: number; migratedFrom?: number }
  | { ok: false; problem: HandoffProblem };

/** A link's fragment, checked for shape, size and damage; still encrypted. */
export interface SealedHandoff {
  version: number;
  salt: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

export type ParsedToken = { ok: true; sealed: SealedHandoff } | { ok: false; problem: HandoffProblem };

// ── base64url (no Buffer: runs in the browser and in Node).

function bytesToBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined when the text is not base64url. */
export function base64UrlToBytes(b64: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(b64) || b64.length % 4 === 1) return undefined;
  try {
    const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export const toBase64Url = (text: string) => bytesToBase64Url(new TextEncoder().encode(text));

/** Undefined when the text is not base64url or not UTF-8. */
export function fromBase64Url(b64: string): string | undefined {
  const bytes = base64UrlToBytes(b64);
  if (!bytes) return undefined;
  try {
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

// ── The code.

type RandomFill = (bytes: Uint8Array) => Uint8Array;
const systemRandom: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A new code: CODE_DIGITS uniform random digits (bytes ≥ 250 are drawn again, so no digit is likelier). */
export function newCode(random: RandomFill = systemRandom): string {
  let code = '';
  while (code.length < CODE_DIGITS) {
    for (const b of random(new Uint8Array(32))) if (b < 250 && code.length < CODE_DIGITS) code += String(b % 10);
  }
  return code;
}

/** "12345678901234567890" → "1234 5678 9012 3456 7890": read out and typed four digits at a time. */
export const formatCode = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

/**
 * What the person typed → the code's digits, or null when it is not CODE_DIGITS digits.
 * Spaces, dashes and dots are ignored; digits typed on any of the site's keyboards (Arabic-Indic, Persian, Bengali)
 * count as digits, read as every field reads them (asciiDigits).
 */
export function normaliseCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 200) return null;
  const digits = asciiDigits(input).replace(/[\s\-.\u200e\u200f\u061c]/g, '');
  return new RegExp(`^\\d{${CODE_DIGITS}}$`).test(digits) ? digits : null;
}

// ── Encryption (Web Crypto: native in every browser the site supports, and in Node).

function subtle(): SubtleCrypto | undefined {
  // Undefined outside a secure context (a plain-http address other than localhost): see README.
  return globalThis.crypto?.subtle;
}

const additionalData = (version: number) => new TextEncoder().encode(`sesame-handoff:e${version}`);

async function deriveKey(s: SubtleCrypto, code: string, salt: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  const base = await s.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveKey']);
  return s.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Only the answered facts, in a stable order (the object as validated). */
function compact(answers: Situation): Situation {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(answers)) if (v !== undefined) out[k] = v;
  return out as Situation;
}

/**
 * The fragment value (without "h="): the answers of the given version (current by default),
 * encrypted under `code`. Rejects (throws) only when Web Crypto is missing or the code is not a code.
 */
export async function sealHandoff(answers: Situation, code: string, version = SCHEMA_VERSION, random: RandomFill = systemRandom): Promise<string> {
  const s = subtle();
  if (!s) throw new Error('no-crypto');
  const digits = normaliseCode(code);
  if (!digits) throw new Error('bad-code');
  const salt = random(new Uint8Array(SALT_BYTES));
  const iv = random(new Uint8Array(IV_BYTES));
  const key = await deriveKey(s, digits, salt, 'encrypt');
  const plain = new TextEncoder().encode(JSON.stringify(compact(answers)));
  const ct = new Uint8Array(await s.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: additionalData(version) }, key, plain));
  const body = `e${version}.${bytesToBase64Url(salt)}.${bytesToBase64Url(iv)}.${bytesToBase64Url(ct)}`;
  return `${body}.${checksum(body)}`;
}

/** The link a QR code carries: the public site, the person's language, the sealed answers in the fragment. */
export function handoffUrl(site: string, lang: string, token: string): string {
  return `${site.replace(/\/+$/, '')}/${lang}/handoff/#${HANDOFF_PARAM}=${token}`;
}

/** Checks a fragment value's shape, size, version and damage, without the code. Never throws. */
export function parseToken(token: string): ParsedToken {
  if (typeof token !== 'string') return { ok: false, problem: 'malformed' };
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, problem: 'too-large' };
  // The plaintext format of earlier builds: refused, it is not protected (issue 15).
  if (/^\d{1,4}\.[A-Za-z0-9_-]*\.[0-9a-f]{8}$/.test(token)) return { ok: false, problem: 'plaintext' };
  const m = /^e(\d{1,4})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(token);
  if (!m) return { ok: false, problem: 'malformed' };
  const [, v, salt64, iv64, ct64, check] = m as unknown as [string, string, string, string, string, string];
  if (checksum(token.slice(0, -9)) !== check) return { ok: false, problem: 'checksum' };
  const version = Number(v);
  if (version > SCHEMA_VERSION) return { ok: false, problem: 'unknown-version' };
  const salt = base64UrlToBytes(salt64);
  const iv = base64UrlToBytes(iv64);
  const ciphertext = base64UrlToBytes(ct64);
  if (salt?.length !== SALT_BYTES || iv?.length !== IV_BYTES || !ciphertext || ciphertext.length <= GCM_TAG_BYTES) return { ok: false, problem: 'malformed' };
  return { ok: true, sealed: { version, salt, iv, ciphertext } };
}

/** Versioned answers → current answers, validated. Shared by links and files. */
function accept(version: number, answers: unknown): HandoffResult {
  const migrated = migrate({ version, savedAt: '', answers });
  if (!migrated) return { ok: false, problem: 'unknown-version' };
  const parsed = parseSituation(migrated.answers);
  if (!parsed.ok) return { ok: false, problem: 'schema' };
  return { ok: true, answers: parsed.situation, version, ...(version !== SCHEMA_VERSION ? { migratedFrom: version } : {}) };
}

/** Decrypts with the typed code, then migrates and validates. 'wrong-code' when GCM refuses. Never throws. */
export async function openHandoff(sealed: SealedHandoff, typedCode: string): Promise<HandoffResult> {
  const s = subtle();
  if (!s) return { ok: false, problem: 'no-crypto' };
  const code = normaliseCode(typedCode);
  if (!code) return { ok: false, problem: 'wrong-code' };
  let plain: Uint8Array;
  try {
    const key = await deriveKey(s, code, sealed.salt, 'decrypt');
    plain = new Uint8Array(
      await s.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: additionalData(sealed.version) }, key, sealed.ciphertext as BufferSource),
    );
  } catch {
    // A wrong code, or a link re-sealed by someone else with a recomputed check: GCM's tag refuses both.
    return { ok: false, problem: 'wrong-code' };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return accept(sealed.version, data);
}

/** parseToken then openHandoff. */
export async function decodeHandoff(token: string, code: string): Promise<HandoffResult> {
  const parsed = parseToken(token);
  return parsed.ok ? openHandoff(parsed.sealed, code) : parsed;
}

/**
 * Reads the hand-off from a location hash ("#h=…"). Null when the hash carries no hand-off
 * (nothing to do); the parsed token (still encrypted) or a problem otherwise.
 */
export function readFragment(hash: string): ParsedToken | null {
  if (typeof hash !== 'string') return null;
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  let token: string | null = null;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === HANDOFF_PARAM) token = part.slice(eq + 1);
  }
  if (token === null) return null;
  return parseToken(token);
}

/**
 * The address the QR code was built with differs from the one in use (a copy of the site on another
 * host, or a build without NEXT_PUBLIC_SITE_URL): the person's phone would open another site.
 */
export function siteMismatch(site: string, currentOrigin: string): boolean {
  try {
    return new URL(site).origin !== new URL(currentOrigin).origin;
  } catch {
    return true;
  }
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
