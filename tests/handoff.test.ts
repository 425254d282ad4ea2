import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  checksum, decodeHandoff, encodeHandoff, exportFile, fromBase64Url, handoffUrl, importFile, readFragment, toBase64Url,
  FILE_FORMAT, MAX_FILE_BYTES,
} from '../app/_wizard/handoff';
import { SCHEMA_VERSION, type Situation } from '../rules';
import p05 from './fixtures/scenarios/P05.json';

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

describe('fragment', () => {
  it('round-trips the answers with the current version', () => {
    const token = encodeHandoff(sample);
    expect(token.startsWith(`${SCHEMA_VERSION}.`)).toBe(true);
    expect(decodeHandoff(token)).toEqual({ ok: true, answers: sample, version: SCHEMA_VERSION });
  });

  it('round-trips a full public scenario (P05) in a URL short enough for a QR code', () => {
    const url = handoffUrl('https://sesame.example.org/', 'fr', p05 as Situation);
    expect(url).toMatch(/^https:\/\/sesame\.example\.org\/fr\/handoff\/#h=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(url).not.toContain('?');
    expect(url.length).toBeLessThan(2953);
    expect(readFragment(new URL(url).hash)).toEqual({ ok: true, answers: p05, version: SCHEMA_VERSION });
  });

  it('migrates an older version (0: bare answers) to the current one', () => {
    const token = encodeHandoff({ nationality: 'tunisian', removalOrder: 'none' }, 0);
    expect(token.startsWith('0.')).toBe(true);
    expect(decodeHandoff(token)).toEqual({ ok: true, answers: { nationality: 'tunisian', removalOrder: 'none' }, version: 0, migratedFrom: 0 });
  });

  it('rejects a future version', () => {
    expect(decodeHandoff(encodeHandoff(sample, SCHEMA_VERSION + 1))).toEqual({ ok: false, problem: 'unknown-version' });
  });

  it('rejects a tampered link: one changed character, truncation, a recomputed checksum over invalid answers', () => {
    const token = encodeHandoff(sample);
    const [v, payload] = token.split('.') as [string, string];
    // Flip one character of the payload.
    const i = Math.floor(payload.length / 2);
    const flipped = `${v}.${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}.${token.split('.')[2]}`;
    expect(decodeHandoff(flipped)).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeHandoff(token.slice(0, -3))).toMatchObject({ ok: false });
    expect(decodeHandoff(`${v}.${payload.slice(0, 20)}.${token.split('.')[2]}`)).toEqual({ ok: false, problem: 'checksum' });
    // Valid checksum, invalid content: the schema catches it.
    const body = `${SCHEMA_VERSION}.${toBase64Url(JSON.stringify({ nationality: 'martian' }))}`;
    expect(decodeHandoff(`${body}.${checksum(body)}`)).toEqual({ ok: false, problem: 'schema' });
    const unknownKey = `${SCHEMA_VERSION}.${toBase64Url(JSON.stringify({ notAFact: true }))}`;
    expect(decodeHandoff(`${unknownKey}.${checksum(unknownKey)}`)).toEqual({ ok: false, problem: 'schema' });
    const proto = `${SCHEMA_VERSION}.${toBase64Url('{"__proto__":{"x":1}}')}`;
    expect(decodeHandoff(`${proto}.${checksum(proto)}`)).toEqual({ ok: false, problem: 'schema' });
    const notJson = `${SCHEMA_VERSION}.${toBase64Url('{nope')}`;
    expect(decodeHandoff(`${notJson}.${checksum(notJson)}`)).toEqual({ ok: false, problem: 'not-json' });
    expect(decodeHandoff('')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeHandoff('1.abc')).toEqual({ ok: false, problem: 'malformed' });
  });

  it('readFragment: null without a hand-off, a result otherwise', () => {
    expect(readFragment('')).toBeNull();
    expect(readFragment('#')).toBeNull();
    expect(readFragment('#main')).toBeNull();
    expect(readFragment('#x=1')).toBeNull();
    expect(readFragment(`#h=${encodeHandoff(sample)}`)).toMatchObject({ ok: true });
    expect(readFragment(`#x=1&h=${encodeHandoff(sample)}`)).toMatchObject({ ok: true });
    expect(readFragment('#h=garbage')).toEqual({ ok: false, problem: 'malformed' });
  });

  it('never throws, whatever the fragment (fuzz)', () => {
    const token = encodeHandoff(sample);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^\d{1,3}\.[A-Za-z0-9_-]{0,60}\.[0-9a-f]{8}$/),
          // Mutations of a real token.
          fc.tuple(fc.nat(token.length), fc.string({ maxLength: 3 })).map(([i, s]) => token.slice(0, i) + s + token.slice(i + 1)),
          // Any JSON with a correct checksum: only the schema stands between it and the storage.
          fc.tuple(fc.nat(3), fc.jsonValue()).map(([v, j]) => {
            const body = `${v}.${toBase64Url(JSON.stringify(j) ?? 'null')}`;
            return `${body}.${checksum(body)}`;
          }),
        ),
        (s) => {
          const r = decodeHandoff(s);
          const f = readFragment(`#h=${s}`);
          expect(typeof r.ok).toBe('boolean');
          expect(f).not.toBeNull();
          // Whatever is accepted is valid and survives a new round trip.
          if (r.ok) expect(decodeHandoff(encodeHandoff(r.answers))).toMatchObject({ ok: true, answers: r.answers });
        },
      ),
      { numRuns: 2000 },
    );
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
