import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { echo, run } from '../rules/cli';
import { FACT_IDS } from '../rules/facts';

import { persona } from './helpers/personas';

/** Public scenario P01's answers, from its persona file (the only place they are written). */
const P01 = persona('P01').situation;
const call = (argv: string[], input: string) => run(argv, () => input);

describe('CLI', () => {
  it('prints asOf, results with the documented fields, and nextQuestions', () => {
    const r = call(['--as-of', '2026-11-22'], JSON.stringify(P01));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe('2026-11-22');
    expect(Array.isArray(out.nextQuestions)).toBe(true);
    const l4232 = out.results.find((x: { legalBasis: string[] }) => x.legalBasis.includes('CESEDA L423-2'));
    expect(l4232).toMatchObject({ kind: 'plein-droit', status: 'eligible', verify: expect.any(Boolean) });
    for (const key of ['id', 'legalBasis', 'kind', 'status', 'conditions', 'missing', 'reasons', 'warnings', 'verify']) expect(l4232).toHaveProperty(key);
  });
  it('exits 2 with a message naming the field for a schema error, and prints nothing on stdout', () => {
    const r = call([], JSON.stringify({ ...P01, entryDate: '10/03/2026' }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/entryDate/);
  });
  it('exits 2 for invalid JSON and for a bad --as-of date', () => {
    expect(call([], '{"nationality":').code).toBe(2);
    const bad = call(['--as-of', '2026-13-01'], '{}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/as-of/);
  });
  it('never echoes control characters from the input, and caps what it echoes', () => {
    const evil = 'x\u001b[2J\u001b]0;owned\u0007\r\u202e' + 'y'.repeat(500);
    for (const r of [
      call(['--as-of', evil], '{}'),
      call([`--${evil}`], '{}'),
      call([], JSON.stringify({ [evil]: true, nationality: evil })),
      call([], `{"a": ${evil}`),
    ]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(400);
    }
    expect(echo('a\u001bb')).toBe('a\\u001bb');
    expect(echo('z'.repeat(100))).toBe(`${'z'.repeat(80)}…`);
    // Many problems: twenty lines, then a count.
    const many = call([], JSON.stringify(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 1]))));
    expect(many.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(21);
  });
  it('never crashes, never prints a partial result, on random input (fuzz)', () => {
    const factValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant('dont-know'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    const randomSituation = fc.dictionary(fc.oneof(fc.constantFrom(...FACT_IDS), fc.string()), factValue);
    fc.assert(fc.property(fc.oneof(randomSituation.map((o) => JSON.stringify(o)), fc.string()), (text) => {
      const r = call(['--as-of', '2026-11-22'], text);
      expect([0, 2]).toContain(r.code);
      if (r.code === 2) expect(r.stdout).toBe('');
      else expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }), { numRuns: 300 });
  });
  it('takes a persona file as it is: its situation, on its asOf unless --as-of says otherwise', () => {
    const p = persona('P08');
    const file = JSON.stringify(p);
    const own = call(['tests/fixtures/scenarios/P08.json'], file);
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout).asOf).toBe('2026-07-01');
    // The same output as the bare situation on the same date.
    expect(own.stdout).toBe(call(['--as-of', '2026-07-01'], JSON.stringify(p.situation)).stdout);
    const later = JSON.parse(call(['--as-of', '2027-01-15'], file).stdout);
    expect(later.asOf).toBe('2027-01-15');
    // A persona with a bad date or bad answers is refused like a situation (exit 2, the field named).
    expect(call([], JSON.stringify({ ...p, asOf: '2026-02-30' })).stderr).toMatch(/asOf/);
    const badAnswer = call([], JSON.stringify({ ...p, situation: { ...p.situation, entryDate: '10/03/2026' } }));
    expect(badAnswer.code).toBe(2);
    expect(badAnswer.stderr).toMatch(/entryDate/);
  });
  it('runs as `npm run --silent evaluate` on a file and on standard input', () => {
    const viaStdin = spawnSync('npm', ['run', '--silent', 'evaluate', '--', '--as-of', '2026-11-22'], { input: JSON.stringify(P01), encoding: 'utf8' });
    expect(viaStdin.status).toBe(0);
    expect(JSON.parse(viaStdin.stdout).asOf).toBe('2026-11-22');
    const file = spawnSync('npm', ['run', '--silent', 'evaluate', '--', 'tests/fixtures/scenarios/P02.json', '--as-of', '2026-11-22'], { encoding: 'utf8' });
    expect(file.status).toBe(0);
    expect(JSON.parse(file.stdout).results.find((x: { id: string }) => x.id === 'ceseda-l423-7').status).toBe('eligible');
    const bad = spawnSync('npm', ['run', '--silent', 'evaluate', '--', 'no-such-file.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  }, 30_000);
});
