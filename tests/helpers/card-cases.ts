/**
 * Per-card test table: for each card a met case, an unmet case naming the condition, an unknown
 * case (status possible, missing facts listed) and a reservation case (public order).
 */
import { expect, it } from 'vitest';
import { evaluate, type CardResult } from '../../rules';
import type { Situation } from '../../rules/situation';

export const AS_OF = '2026-11-22';

/** A person with no red flag, under the general regime. */
export const GENERAL_REGIME_PERSON: Situation = {
  removalOrder: 'none',
  // The title held is asked early of everyone (X6; rules/renewals.ts): a card it could supersede waits for it.
  currentTitle: 'none',
  nationality: 'other',
  familyOfEuCitizen: false,
  maritalStatus: 'single',
  publicOrderConcern: false,
  polygamy: false,
};

export interface CardCase {
  id: string;
  /** Facts that meet every condition. */
  met: Situation;
  /** Status expected with `met` ('eligible', or 'possible' for a discretionary or assessed card). */
  metStatus: 'eligible' | 'possible';
  unmet: { change: Situation; condition: string };
  unknown: { remove: (keyof Situation)[]; missing: string[]; change?: Situation };
}

export function result(id: string, s: Situation, asOf = AS_OF): CardResult {
  const r = evaluate(s, { asOf }).results.find((x) => x.id === id);
  if (!r) throw new Error(`no card ${id}`);
  return r;
}

/** The facts without some answers (the questions not answered yet). */
export function without<T extends object>(o: T, ...keys: readonly (keyof T)[]): T {
  const copy = { ...o };
  for (const k of keys) delete copy[k];
  return copy;
}

export function cardCases(c: CardCase) {
  it(`${c.id}: met → ${c.metStatus}`, () => {
    const r = result(c.id, c.met);
    expect(r.status, `reasons=${r.reasons.map((x) => x.id)} missing=${r.missing}`).toBe(c.metStatus);
  });
  it(`${c.id}: unmet → not-eligible on ${c.unmet.condition}`, () => {
    const r = result(c.id, { ...c.met, ...c.unmet.change });
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain(c.unmet.condition);
  });
  it(`${c.id}: unknown → possible, missing ${c.unknown.missing.join(', ')}`, () => {
    const r = result(c.id, { ...without(c.met, ...c.unknown.remove), ...c.unknown.change });
    expect(r.status, `reasons=${r.reasons.map((x) => x.id)}`).toBe('possible');
    expect(r.missing).toEqual(expect.arrayContaining(c.unknown.missing));
  });
  it(`${c.id}: public-order reservation → possible with a warning`, () => {
    const r = result(c.id, { ...c.met, publicOrderConcern: true });
    expect(r.status).toBe('possible');
    expect(r.warnings).toContain('public-order');
  });
}
