import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  decode, encode, eraseEverything, forgetUnreadable, load, migrate, parseAttempts, parseTicks, rename, save, unreadable, STORAGE_KEY, UNREADABLE_KEY, type KeyValueStore,
} from '../wizard/storage';
import { eraseOffline, ERASE_MARK } from '../wizard/erase';
import { privateName } from '../wizard/keys';
import { SCHEMA_VERSION, type Situation } from '../rules';

const sample: Situation = { removalOrder: 'none', nationality: 'moroccan', entryDate: '2026-03-10', entryVisa: 'dont-know' };

function memoryStore(initial?: string): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  if (initial !== undefined) map.set(STORAGE_KEY, initial);
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('encode / decode', () => {
  it('round-trips a valid situation with the current version', () => {
    const raw = encode(sample, new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(raw)).toEqual({ version: SCHEMA_VERSION, savedAt: '2026-11-22T10:00:00.000Z', answers: sample });
    expect(decode(raw)).toEqual({ kind: 'ok', answers: sample, savedAt: '2026-11-22T10:00:00.000Z' });
  });

  it('treats nothing stored as empty', () => {
    expect(decode(null)).toEqual({ kind: 'empty' });
    expect(decode('')).toEqual({ kind: 'empty' });
  });

  it('rejects tampered data without throwing', () => {
    expect(decode('{not json')).toMatchObject({ kind: 'invalid', reason: 'not-json' });
    expect(decode('[1,2]')).toMatchObject({ kind: 'invalid', reason: 'not-an-object' });
    expect(decode('null')).toMatchObject({ kind: 'invalid', reason: 'not-an-object' });
    expect(decode(JSON.stringify({ version: SCHEMA_VERSION + 1, answers: {} }))).toMatchObject({ kind: 'invalid', reason: 'unknown-version' });
    expect(decode(JSON.stringify({ version: 'one', answers: {} }))).toMatchObject({ kind: 'invalid', reason: 'unknown-version' });
    expect(decode(JSON.stringify({ version: SCHEMA_VERSION, answers: { nationality: 'martian' } }))).toMatchObject({ kind: 'invalid', reason: 'schema' });
    expect(decode(JSON.stringify({ version: SCHEMA_VERSION, answers: { notAFact: true } }))).toMatchObject({ kind: 'invalid', reason: 'schema' });
    // "I don't know" is refused where the registry does not allow it.
    expect(decode(JSON.stringify({ version: SCHEMA_VERSION, answers: { nationality: 'dont-know' } }))).toMatchObject({ kind: 'invalid', reason: 'schema' });
  });

  it('keeps the raw text of invalid data so it can be offered for download', () => {
    const raw = '{"version":1,"answers":{"birthDate":"yesterday"}}';
    const r = decode(raw);
    expect(r.kind === 'invalid' && r.raw).toBe(raw);
  });
});

describe('migrate', () => {
  it('migrates version 0 (bare answers, no envelope) to the current version', () => {
    const m = migrate({ nationality: 'moroccan', removalOrder: 'none' });
    expect(m).toEqual({ answers: { nationality: 'moroccan', removalOrder: 'none' }, savedAt: '', from: 0 });
    const r = decode(JSON.stringify({ nationality: 'moroccan' }));
    expect(r).toEqual({ kind: 'ok', answers: { nationality: 'moroccan' }, savedAt: '', migratedFrom: 0 });
  });

  it('migrates an explicit version 0 envelope', () => {
    expect(migrate({ version: 0, savedAt: 'x', answers: { nationality: 'other' } })).toEqual({ answers: { nationality: 'other' }, savedAt: 'x', from: 0 });
  });

  it('refuses future versions, negative versions and non-object answers', () => {
    expect(migrate({ version: SCHEMA_VERSION + 1, answers: {} })).toBeNull();
    expect(migrate({ version: -1, answers: {} })).toBeNull();
    expect(migrate({ version: SCHEMA_VERSION, answers: [] })).toBeNull();
    expect(migrate({ answers: {} })).toBeNull();
    expect(migrate('text')).toBeNull();
  });

  it('rename keeps the other answers and never overwrites a newer key', () => {
    expect(rename({ a: 1, b: 2 }, 'a', 'c')).toEqual({ b: 2, c: 1 });
    expect(rename({ a: 1, c: 3 }, 'a', 'c')).toEqual({ c: 3 });
    expect(rename({ b: 2 }, 'a', 'c')).toEqual({ b: 2 });
  });

  it('writes migrated data back in the current format', () => {
    const store = memoryStore(JSON.stringify({ nationality: 'tunisian' }));
    expect(load(store)).toMatchObject({ kind: 'ok', migratedFrom: 0 });
    expect(JSON.parse(store.map.get(STORAGE_KEY)!)).toMatchObject({ version: SCHEMA_VERSION, answers: { nationality: 'tunisian' } });
  });
});

describe('load / save / erase', () => {
  it('saves then loads', () => {
    const store = memoryStore();
    expect(save(store, sample)).toBe(true);
    expect(load(store)).toMatchObject({ kind: 'ok', answers: sample });
  });

  it('sets invalid data aside, never deletes it silently: the wizard starts afresh, the old text stays until the person deletes it', () => {
    const store = memoryStore('garbage');
    expect(load(store)).toMatchObject({ kind: 'invalid', raw: 'garbage' });
    expect(store.map.has(STORAGE_KEY)).toBe(false);
    expect(unreadable(store)).toBe('garbage');
    // A later page (the checklist, the letters) still finds it, for its notice and download.
    expect(load(store)).toEqual({ kind: 'empty' });
    expect(unreadable(store)).toBe('garbage');
    // New answers do not overwrite it.
    save(store, sample);
    expect(unreadable(store)).toBe('garbage');
    expect(forgetUnreadable(store)).toBe(true);
    expect(unreadable(store)).toBeNull();
  });

  it('keeps invalid data where it is when it cannot be set aside (full quota)', () => {
    const store = memoryStore('garbage');
    const full: KeyValueStore = { ...store, setItem: () => { throw new Error('quota'); } };
    expect(load(full)).toMatchObject({ kind: 'invalid', raw: 'garbage' });
    expect(store.map.get(STORAGE_KEY)).toBe('garbage');
    expect(store.map.has(UNREADABLE_KEY)).toBe(false);
  });

  it('survives a storage that throws', () => {
    const broken: KeyValueStore = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('quota'); },
      removeItem: () => { throw new Error('denied'); },
    };
    expect(load(broken)).toEqual({ kind: 'empty' });
    expect(save(broken, sample)).toBe(false);
  });

  it('erases storage and expires every cookie', async () => {
    let cleared = 0;
    const written: string[] = [];
    const doc = {
      get cookie() { return 'a=1; b=2'; },
      set cookie(v: string) { written.push(v); },
    };
    const marks: string[] = [];
    await eraseEverything(doc, { clear: () => void cleared++ }, { clear: () => void cleared++, setItem: (k, v) => void marks.push(`${k}=${v}`) });
    expect(cleared).toBe(2);
    // A fresh random mark after the clear, for pages restored by "Back" (ForgetOnRestore).
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatch(new RegExp(`^${ERASE_MARK.replace('.', '\\.')}=[a-z0-9]+$`));
    expect(written.some((c) => c.startsWith('a=;') && c.includes('path=/'))).toBe(true);
    expect(written.some((c) => c.startsWith('b=;'))).toBe(true);
  });
});

describe('erase: Cache Storage and IndexedDB', () => {
  it('deletes every cache but the precache (app shell), and every IndexedDB database', async () => {
    const caches = new Set(['serwist-precache-v2-http://127.0.0.1:4173/', 'sesame-pages', 'communes-names', 'other']);
    const deletedDbs: string[] = [];
    const idb = {
      databases: async () => [{ name: 'serwist-expiration' }, { name: 'something' }],
      deleteDatabase: (name: string) => {
        deletedDbs.push(name);
        const req: { onsuccess?: () => void } = {};
        setTimeout(() => req.onsuccess?.(), 0);
        return req;
      },
    };
    await eraseOffline({ keys: async () => [...caches], delete: async (n) => caches.delete(n) }, idb);
    expect([...caches]).toEqual(['serwist-precache-v2-http://127.0.0.1:4173/']);
    expect(deletedDbs.sort()).toEqual(['serwist-expiration', 'something']);
  });

  it('deletes the known database where indexedDB.databases() is missing, and never rejects', async () => {
    const deleted: string[] = [];
    await eraseOffline(undefined, { deleteDatabase: (n: string) => void deleted.push(n) });
    expect(deleted).toEqual(['serwist-expiration']);
    await expect(eraseOffline({ keys: async () => { throw new Error('denied'); }, delete: async () => false }, undefined)).resolves.toBeUndefined();
  });
});

describe('checklist ticks and letter attempts: tampered values are dropped, never a crash', () => {
  it('ticks keep only boolean values', () => {
    expect(parseTicks('{"passport":true,"photos":false}')).toEqual({ passport: true, photos: false });
    expect(parseTicks('{"passport":"yes","photos":1,"x":null,"y":{}}')).toEqual({});
    for (const raw of [null, '', 'null', '[]', '"x"', '42', '{nope', '{"__proto__":{"polluted":true}}', 'x'.repeat(70_000)]) {
      const t = parseTicks(raw);
      expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.values(t).every((v) => typeof v === 'boolean')).toBe(true);
    }
  });

  it('attempts keep only real dates and short text notes', () => {
    expect(parseAttempts('[{"date":"2026-10-01"},{"date":"2026-10-08","note":"aucun créneau"}]')).toEqual([
      { date: '2026-10-01' },
      { date: '2026-10-08', note: 'aucun créneau' },
    ]);
    expect(parseAttempts('[{"date":"2026-02-30"},{"date":42},null,"x",{"date":"2026-10-01","note":{"a":1}}]')).toEqual([{ date: '2026-10-01' }]);
    for (const raw of [null, '', 'null', '{}', '{"date":"2026-10-01"}', '{nope']) expect(parseAttempts(raw)).toEqual([]);
  });

  it('never throw on any JSON (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (raw) => {
        const t = parseTicks(raw);
        const a = parseAttempts(raw);
        expect(Object.values(t).every((v) => typeof v === 'boolean')).toBe(true);
        expect(a.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.date) && (x.note === undefined || typeof x.note === 'string'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('field names a browser cannot learn', () => {
  it('privateName is opaque and stable per fact', () => {
    for (const id of ['birthDate', 'postcode', 'nationality', 'annualGrossPay']) {
      const n = privateName(id);
      expect(n).toMatch(/^x[0-9a-z]+$/);
      expect(n).toBe(privateName(id));
      expect(n.toLowerCase()).not.toMatch(/birth|day|post|code|zip|nation|name|pay/);
    }
    expect(privateName('birthDate')).not.toBe(privateName('postcode'));
  });
});

describe('fuzzing: malformed input never crashes', () => {
  it('decode never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = decode(s);
      expect(['empty', 'ok', 'invalid']).toContain(r.kind);
    }), { numRuns: 1000 });
  });

  it('decode never throws on any JSON value, and accepts only schema-valid answers', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = decode(JSON.stringify(v));
      if (r.kind === 'ok') expect(typeof r.answers).toBe('object');
    }), { numRuns: 1000 });
  });

  it('decode never throws on envelopes with arbitrary answers', () => {
    const answers = fc.dictionary(
      fc.constantFrom('nationality', 'birthDate', 'removalOrder', 'postcode', 'employed', 'trainingMonths', '__proto__', 'constructor', 'x'),
      fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant('dont-know'), fc.object()),
    );
    fc.assert(fc.property(fc.integer({ min: -2, max: SCHEMA_VERSION + 2 }), answers, fc.option(fc.string()), (version, a, savedAt) => {
      const r = decode(JSON.stringify({ version, savedAt, answers: a }));
      expect(['ok', 'invalid']).toContain(r.kind);
    }), { numRuns: 1000 });
  });

  it('truncating a valid save never crashes and is never accepted as something else', () => {
    const raw = encode(sample, new Date('2026-11-22T00:00:00Z'));
    fc.assert(fc.property(fc.integer({ min: 0, max: raw.length }), (n) => {
      const r = decode(raw.slice(0, n));
      if (r.kind === 'ok') expect(r.answers).toEqual(sample);
    }));
  });
});
