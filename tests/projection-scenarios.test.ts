/**
 * Volunteer projections on public scenarios (issue 8): "eligible from" and "what would change the
 * outcome", computed by the rules module, with dates at the boundaries.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFixture } from './helpers/scenario';
import type { Situation } from '../rules';
import { addDays } from '../rules/dates';
import { eligibleFrom, eligibleFromMany, smallestChange } from '../rules/projection';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';
const fixture = scenarioFixture;
const statusOn = (s: Situation, id: string, asOf: string) => result(id, s, asOf).status;

describe('eligibleFrom on public scenarios', () => {
  it('P16: the Tunisian plein-droit 10-year card (AFT 10) opens after 5 years of regular residence, on 2028-09-01', () => {
    const s = fixture('P16');
    const p = eligibleFrom(s, 'aft-10', { asOf: AS_OF });
    expect(p.from).toBe('2028-09-01');
    expect(statusOn(s, 'aft-10', addDays(p.from!, -1))).toBe('not-eligible');
    expect(statusOn(s, 'aft-10', p.from!)).not.toBe('not-eligible');
  });

  it('P10: the Algerian 10-year certificat on 5 years of regular residence (AFA 7bis-h) opens on 2031-01-20', () => {
    const s = fixture('P10');
    const p = eligibleFrom(s, 'afa-7bis-h', { asOf: AS_OF });
    expect(p.from).toBe('2031-01-20');
    expect(statusOn(s, 'afa-7bis-h', '2031-01-19')).toBe('not-eligible');
  });

  it('P05 / P05-b: L435-4 is open on 2026-12-31 and closed on 2027-01-01; no date reopens it', () => {
    const s = fixture('P05');
    expect(statusOn(s, 'ceseda-l435-4', '2026-12-31')).toBe('possible');
    expect(statusOn(s, 'ceseda-l435-4', '2027-01-01')).toBe('not-eligible');
    expect(eligibleFrom(s, 'ceseda-l435-4', { asOf: '2027-01-15', horizonMonths: 36 }).from).toBeUndefined();
  });

  it('P18: the EU long-term resident card is already open (possible): eligibleFrom is the evaluation date', () => {
    const p = eligibleFrom(fixture('P18'), 'ceseda-l426-17', { asOf: AS_OF });
    expect(p).toMatchObject({ from: AS_OF, status: 'possible' });
  });

  it('P14: L423-23 is already open (possible, decided case by case): eligibleFrom is the evaluation date', () => {
    expect(eligibleFrom(fixture('P14'), 'ceseda-l423-23', { asOf: AS_OF, horizonMonths: 60 })).toMatchObject({ from: AS_OF, status: 'possible' });
  });

  it('eligibleFromMany agrees with eligibleFrom on P16 and P10', () => {
    for (const [id, cards] of [['P16', ['aft-10', 'ceseda-l426-17', 'aft-3-resident']], ['P10', ['afa-7bis-h', 'afa-7bis-a', 'ceseda-l423-6']]] as const) {
      const s = fixture(id);
      const many = eligibleFromMany(s, cards, { asOf: AS_OF, horizonMonths: 60 });
      for (const c of cards) expect(many.get(c), `${id} ${c}`).toEqual(eligibleFrom(s, c, { asOf: AS_OF, horizonMonths: 60 }));
    }
  });
});

describe('smallestChange on public scenarios', () => {
  const change = (id: string, card: string) => {
    const r = result(card, fixture(id), AS_OF);
    return smallestChange(r.conditions);
  };
  it('P17: for the spouse card L423-1, the only change is the long-stay visa', () => {
    const c = change('P17', 'ceseda-l423-1');
    expect(c).toHaveLength(1);
    expect(['entered-with-long-stay-visa', 'holds-vls-ts']).toContain(c[0]!.id);
  });
  it('P01: nothing to change for L423-2, which she meets', () => {
    expect(change('P01', 'ceseda-l423-2')).toEqual([]);
  });
  it('P04: for L425-9, what is left is the OFII college\'s assessment, not a fact to change', () => {
    const c = change('P04', 'ceseda-l425-9');
    expect(c.length).toBeGreaterThan(0);
    expect(c.every((x) => x.from === 'unknown' && x.assessedBy === 'ofii')).toBe(true);
  });
  it('P14: for L435-1 what is left is the préfet\'s assessment, not a fact to change', () => {
    expect(change('P14', 'ceseda-l435-1').map((x) => [x.id, x.from, x.assessedBy])).toEqual([['humanitarian-or-exceptional-reasons', 'unknown', 'prefet']]);
  });
  it('P02: the parent resident card L423-10 first needs 3 years holding the parent card', () => {
    const c = change('P02', 'ceseda-l423-10');
    expect(c.filter((x) => x.from === 'unmet').map((x) => x.id)).toEqual(['holds-temporary-or-multi-year-card']);
    expect(c.map((x) => x.id)).toEqual(expect.arrayContaining(['french-level-b1', 'civic-exam-passed', 'mayor-opinion']));
  });
});
