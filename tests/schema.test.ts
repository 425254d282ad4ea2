import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { situationJsonSchema } from '../rules/json-schema';
import { parseSituation } from '../rules';

describe('Situation schema', () => {
  it('rules/situation.schema.json is up to date (run `npm run schema`)', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../rules/situation.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(situationJsonSchema())));
  });
  it('accepts "dont-know" where a person may not know, and refuses it where they must know', () => {
    expect(parseSituation({ lifeTogetherSince: 'dont-know' }).ok).toBe(true);
    const r = parseSituation({ nationality: 'dont-know' });
    expect(r.ok).toBe(false);
  });
  it('names the field and the problem for a bad value or an unknown key', () => {
    const r = parseSituation({ birthDate: '31/12/1990', nationalty: 'moroccan' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.find((p) => p.field === 'birthDate')?.problem).toMatch(/YYYY-MM-DD/);
      expect(r.problems.some((p) => p.problem.includes('nationalty'))).toBe(true);
    }
  });
  it('rejects impossible dates', () => {
    expect(parseSituation({ birthDate: '2026-02-30' }).ok).toBe(false);
  });
});
