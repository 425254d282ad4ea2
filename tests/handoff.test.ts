import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import {
  base64UrlToBytes, checksum, decodeHandoff, exportFile, formatCode, fromBase64Url, handoffUrl, importFile, newCode, normaliseCode, openHandoff,
  parseToken, readFragment, sealHandoff, siteMismatch, toBase64Url, CODE_DIGITS, FILE_FORMAT, MAX_FILE_BYTES, MAX_TOKEN_CHARS, PBKDF2_ITERATIONS,
} from '../wizard/handoff';
import { SCHEMA_VERSION, type Situation } from '../rules';
import { persona } from './helpers/personas';

/** Public scenario P05's answers, from its persona file. */
const p05 = persona('P05').situation;

const sample: Situation = { removalOrder: 'none', nationality: 'moroccan', entryDate: '2026-03-10', entryVisa: 'dont-know', annualGrossPay: 21_500.5, postcode: '93100' };
const NOW = new Date('2026-11-22T10:00:00Z');

describe('base64url', () => {
  it('round-trips any string, UTF-8 included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fromBase64Url(toBase64Url(s)) === s), { numRuns: 500 });
    expect(toBase64Url('é?>')).not.toMatch(/[+/=]/);
  });
  it('refuses what is not base64url', () => {
    expect(fromBase64Url('a+b/')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
    expect(fromBase64Url(toBase64Url('x').slice(0, 1))).toBeUndefined();
  });
});

describe('the code read out by the volunteer', () => {
  it('is 20 random digits (66 bits, above the 64-bit floor for a random key), shown in groups of four', () => {
    const code = newCode();
    expect(code).toMatch(/^\d{20}$/);
    expect(CODE_DIGITS * Math.log2(10)).toBeGreaterThanOrEqual(64);
    expect(formatCode('12345678901234567890')).toBe('1234 5678 9012 3456 7890');
    expect(new Set(Array.from({ length: 20 }, () => newCode())).size).toBe(20);
  });

  it('draws bytes of 250 and above again, so no digit is likelier than another', () => {
    let calls = 0;
    // First call: only bytes that must be refused; then 0..31.
    const fake = (b: Uint8Array) => {
      calls++;
      b.set(calls === 1 ? new Uint8Array(b.length).fill(250) : Uint8Array.from({ length: b.length }, (_, i) => i));
      return b;
    };
    expect(newCode(fake)).toBe('01234567890123456789');
    expect(calls).toBe(2);
  });

  it('accepts what a person types: spaces, dashes, Arabic-Indic and Persian digits; refuses anything else', () => {
    expect(normaliseCode('1234 5678-9012 3456.7890')).toBe('12345678901234567890');
    expect(normaliseCode('١٢٣٤ ٥٦٧٨ ٩٠١٢ ٣٤٥٦ ٧٨٩٠')).toBe('12345678901234567890');
    expect(normaliseCode('۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰')).toBe('12345678901234567890');
    expect(normaliseCode('১২৩৪ ৫৬৭৮ ৯০১২ ৩৪৫৬ ৭৮৯০')).toBe('12345678901234567890');
    expect(normaliseCode('1234 5678 9012 3456 789')).toBeNull();
    expect(normaliseCode('1234 5678 9012 3456 78901')).toBeNull();
    expect(normaliseCode('1234 5678 9012 3456 789a')).toBeNull();
    expect(normaliseCode('')).toBeNull();
  });
});

/** Every string and number a person answered, and every fact id: none may be readable in a link. */
function secretsOf(answers: Situation): string[] {
  return [...Object.keys(answers), ...Object.values(answers).filter((v) => typeof v !== 'boolean').map(String)].filter((s) => s.length >= 3);
}

/** Everything a link's fragment can be read as without the code: each part as text and as base64url bytes. */
function readableParts(url: string): string[] {
  const hash = decodeURIComponent(new URL(url).hash);
  const out = [hash];
  for (const part of hash.replace(/^#h=/, '').split('.')) {
    const bytes = base64UrlToBytes(part);
    if (bytes) out.push(Buffer.from(bytes).toString('latin1'), Buffer.from(bytes).toString('utf8'));
  }
  return out;
}

describe('link (encrypted)', () => {
  const code = '40716253849021736458';

  it('round-trips the answers with the current version, only with the code', async () => {
    const token = await sealHandoff(sample, code);
    expect(token).toMatch(new RegExp(`^e${SCHEMA_VERSION}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
    expect(await decodeHandoff(token, code)).toEqual({ ok: true, answers: sample, version: SCHEMA_VERSION });
    // Typed with spaces and Arabic-Indic digits: the same code.
    expect(await decodeHandoff(token, '٤٠٧١ ٦٢٥٣ ٨٤٩٠ ٢١٧٣ ٦٤٥٨')).toMatchObject({ ok: true, answers: sample });
    expect(await decodeHandoff(token, '40716253849021736459')).toEqual({ ok: false, problem: 'wrong-code' });
    expect(await decodeHandoff(token, '4071')).toEqual({ ok: false, problem: 'wrong-code' });
  });

  it('a decoded link holds no answer: every part of the fragment, read as text or as bytes, contains none of them', async () => {
    const answers = p05 as Situation;
    const url = handoffUrl('https://sesame.example.org/', 'fr', await sealHandoff(answers, newCode()));
    const secrets = secretsOf(answers);
    expect(secrets).toContain('birthDate');
    expect(secrets.length).toBeGreaterThan(15);
    for (const text of readableParts(url)) for (const s of secrets) expect(text.includes(s), `"${s}" readable in the link`).toBe(false);
    // So a history database that keeps this URL keeps no answer either; without the code it does not open.
    const parsed = readFragment(new URL(url).hash);
    expect(parsed).toMatchObject({ ok: true });
    if (parsed?.ok) expect(await openHandoff(parsed.sealed, newCode())).toEqual({ ok: false, problem: 'wrong-code' });
  });

  it('is what it says: AES-256-GCM under PBKDF2-SHA-256 of the code, 600,000 rounds (checked with Node’s own crypto)', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const token = await sealHandoff(sample, code);
    const [v, salt, iv, ct] = token.split('.').map((p, i) => (i === 0 ? p : Buffer.from(base64UrlToBytes(p)!))) as [string, Buffer, Buffer, Buffer];
    const key = pbkdf2Sync(code, salt, 600_000, 32, 'sha256');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(`sesame-handoff:${v}`));
    decipher.setAuthTag(ct.subarray(ct.length - 16));
    const plain = Buffer.concat([decipher.update(ct.subarray(0, ct.length - 16)), decipher.final()]).toString('utf8');
    expect(JSON.parse(plain)).toEqual(sample);
    // One round fewer gives another key: GCM refuses it.
    const weak = createDecipheriv('aes-256-gcm', pbkdf2Sync(code, salt, 599_999, 32, 'sha256'), iv);
    weak.setAAD(Buffer.from(`sesame-handoff:${v}`));
    weak.setAuthTag(ct.subarray(ct.length - 16));
    weak.update(ct.subarray(0, ct.length - 16));
    expect(() => weak.final()).toThrow();
  });

  it('a full public scenario (P05) fits in a QR code, in the fragment only', async () => {
    const url = handoffUrl('https://sesame.example.org/', 'fr', await sealHandoff(p05 as Situation, code));
    expect(url).toMatch(/^https:\/\/sesame\.example\.org\/fr\/handoff\/#h=e1\.[A-Za-z0-9_.-]+$/);
    expect(url).not.toContain('?');
    expect(url.length).toBeLessThan(2953);
    const parsed = readFragment(new URL(url).hash);
    expect(parsed?.ok && (await openHandoff(parsed.sealed, code))).toEqual({ ok: true, answers: p05, version: SCHEMA_VERSION });
  });

  it('migrates an older version (0: bare answers) to the current one', async () => {
    const token = await sealHandoff({ nationality: 'tunisian', removalOrder: 'none' }, code, 0);
    expect(token.startsWith('e0.')).toBe(true);
    expect(await decodeHandoff(token, code)).toEqual({ ok: true, answers: { nationality: 'tunisian', removalOrder: 'none' }, version: 0, migratedFrom: 0 });
  });

  it('refuses a future version, and links of the old plaintext format', async () => {
    expect(await decodeHandoff(await sealHandoff(sample, code, SCHEMA_VERSION + 1), code)).toEqual({ ok: false, problem: 'unknown-version' });
    const body = `1.${toBase64Url(JSON.stringify(sample))}`;
    expect(parseToken(`${body}.${checksum(body)}`)).toEqual({ ok: false, problem: 'plaintext' });
  });

  it('refuses a tampered link: a changed character, truncation, a recomputed check, a changed version', async () => {
    const token = await sealHandoff(sample, code);
    const body = token.slice(0, -9);
    const i = Math.floor(body.length * 0.8); // inside the ciphertext
    const flippedBody = `${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}`;
    expect(parseToken(`${flippedBody}.${token.slice(-8)}`)).toEqual({ ok: false, problem: 'checksum' });
    expect(parseToken(token.slice(0, -3))).toMatchObject({ ok: false });
    expect(parseToken(`${body.slice(0, -20)}.${token.slice(-8)}`)).toEqual({ ok: false, problem: 'checksum' });
    // Someone who recomputes the check (it is not a secret) still meets GCM's tag.
    expect(await decodeHandoff(`${flippedBody}.${checksum(flippedBody)}`, code)).toEqual({ ok: false, problem: 'wrong-code' });
    // The version is authenticated too: claiming version 0 to force a migration fails.
    const v0 = body.replace(/^e1\./, 'e0.');
    expect(await decodeHandoff(`${v0}.${checksum(v0)}`, code)).toEqual({ ok: false, problem: 'wrong-code' });
    expect(parseToken('')).toEqual({ ok: false, problem: 'malformed' });
    expect(parseToken('e1.abc')).toEqual({ ok: false, problem: 'malformed' });
    const shortSalt = `e1.AAAA.${body.split('.')[2]}.${body.split('.')[3]}`;
    expect(parseToken(`${shortSalt}.${checksum(shortSalt)}`)).toEqual({ ok: false, problem: 'malformed' });
    expect(parseToken(`e1.${'A'.repeat(MAX_TOKEN_CHARS)}`)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('validates what it decrypts: invalid answers and non-JSON refused even with the right code', async () => {
    const seal = async (text: string) => {
      const salt = randomBytes(16);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', pbkdf2Sync(code, salt, PBKDF2_ITERATIONS, 32, 'sha256'), iv);
      cipher.setAAD(Buffer.from(`sesame-handoff:e${SCHEMA_VERSION}`));
      const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      const b = (x: Buffer) => x.toString('base64url');
      const body = `e${SCHEMA_VERSION}.${b(salt)}.${b(iv)}.${b(ct)}`;
      return `${body}.${checksum(body)}`;
    };
    expect(await decodeHandoff(await seal(JSON.stringify({ nationality: 'martian' })), code)).toEqual({ ok: false, problem: 'schema' });
    expect(await decodeHandoff(await seal(JSON.stringify({ notAFact: true })), code)).toEqual({ ok: false, problem: 'schema' });
    expect(await decodeHandoff(await seal('{"__proto__":{"x":1}}'), code)).toEqual({ ok: false, problem: 'schema' });
    expect(await decodeHandoff(await seal('{nope'), code)).toEqual({ ok: false, problem: 'not-json' });
  });

  it('readFragment: null without a hand-off, a parsed (still sealed) token otherwise', async () => {
    const token = await sealHandoff(sample, code);
    expect(readFragment('')).toBeNull();
    expect(readFragment('#')).toBeNull();
    expect(readFragment('#main')).toBeNull();
    expect(readFragment('#x=1')).toBeNull();
    expect(readFragment(`#h=${token}`)).toMatchObject({ ok: true, sealed: { version: SCHEMA_VERSION } });
    expect(readFragment(`#x=1&h=${token}`)).toMatchObject({ ok: true });
    expect(readFragment('#h=garbage')).toEqual({ ok: false, problem: 'malformed' });
  });

  it('never throws, whatever the fragment (fuzz)', async () => {
    const token = await sealHandoff(sample, code);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^e\d{1,3}\.[A-Za-z0-9_-]{0,30}\.[A-Za-z0-9_-]{0,20}\.[A-Za-z0-9_-]{0,60}\.[0-9a-f]{8}$/),
          fc.tuple(fc.nat(token.length), fc.string({ maxLength: 3 })).map(([i, s]) => token.slice(0, i) + s + token.slice(i + 1)),
        ),
        (s) => {
          const r = parseToken(s);
          expect(typeof r.ok).toBe('boolean');
          expect(readFragment(`#h=${s}`)).not.toBeNull();
          // A mutation that still parses can only be the token itself: the check catches any change.
          if (r.ok) expect(s).toBe(token);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('warns when the QR code would point at another site than the one in use', () => {
    expect(siteMismatch('https://sesame.example.org', 'https://sesame.example.org')).toBe(false);
    expect(siteMismatch('https://sesame.example.org/', 'https://sesame.example.org:443')).toBe(false);
    expect(siteMismatch('http://127.0.0.1:4173', 'https://sesame.example.org')).toBe(true);
    expect(siteMismatch('not a url', 'https://sesame.example.org')).toBe(true);
  });
});

describe('file', () => {
  it('round-trips, with a format marker and the version', () => {
    const text = exportFile(sample, NOW);
    expect(JSON.parse(text)).toEqual({ format: FILE_FORMAT, version: SCHEMA_VERSION, savedAt: NOW.toISOString(), answers: sample });
    expect(importFile(text)).toEqual({ ok: true, answers: sample, version: SCHEMA_VERSION });
  });

  it('accepts the storage envelope and bare answers (version 0, migrated)', () => {
    expect(importFile(JSON.stringify({ version: SCHEMA_VERSION, savedAt: 'x', answers: sample }))).toMatchObject({ ok: true, answers: sample });
    expect(importFile(JSON.stringify({ nationality: 'other' }))).toEqual({ ok: true, answers: { nationality: 'other' }, version: 0, migratedFrom: 0 });
    expect(importFile(JSON.stringify({ format: FILE_FORMAT, version: 0, answers: { nationality: 'other' } }))).toMatchObject({ ok: true, migratedFrom: 0 });
  });

  it('rejects tampered, foreign or oversized files', () => {
    const tampered = JSON.parse(exportFile(sample, NOW));
    tampered.answers.entryDate = '2026-02-30';
    expect(importFile(JSON.stringify(tampered))).toEqual({ ok: false, problem: 'schema' });
    expect(importFile(JSON.stringify({ format: 'other-app', version: 1, answers: {} }))).toEqual({ ok: false, problem: 'wrong-format' });
    expect(importFile(JSON.stringify({ format: FILE_FORMAT }))).toEqual({ ok: false, problem: 'wrong-format' });
    expect(importFile(JSON.stringify({ format: FILE_FORMAT, version: 99, answers: {} }))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(importFile(JSON.stringify({ version: '1', answers: {} }))).toEqual({ ok: false, problem: 'unknown-version' });
    expect(importFile('[]')).toEqual({ ok: false, problem: 'wrong-format' });
    expect(importFile('not json')).toEqual({ ok: false, problem: 'not-json' });
    expect(importFile(' '.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('never throws, whatever the file (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((j) => JSON.stringify({ format: FILE_FORMAT, version: 1, answers: j }))), (s) => {
        expect(typeof importFile(s).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
