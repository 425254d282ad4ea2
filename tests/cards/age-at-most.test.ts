/**
 * "Depuis qu'il a atteint au plus l'âge de N ans" (L423-21: 13; AFA 7 bis e and AFT 7 ter b: 10). The code read the
 * same words two ways (13: on or before the 13th birthday; 10: before the 11th). Now one reading everywhere: met on or
 * before the Nth birthday, unmet from the (N+1)th, and in the year between unknown with the note age-at-most-reading.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleResult } from '../helpers/card-examples';
import { traceNode } from '../helpers/scenario';

function check(cardId: 'ceseda-l423-21' | 'afa-7bis-e' | 'aft-7ter-b', nodeId: string, arrived: string) {
  const r = exampleResult(cardId, { habitualResidenceSince: arrived });
  const node = traceNode(r.conditions, nodeId)!;
  return { status: r.status, value: node.value, notes: r.verifyNotes };
}

describe('L423-21: living in France since age 13 at the latest (VPF-5)', () => {
  // The example person was born on 2008-03-10: 13th birthday 2021-03-10, 14th 2022-03-10.
  it('arrived on the 13th birthday: met, no note', () => {
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021-03-10')).toMatchObject({ value: 'met', status: 'eligible' });
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021-03-10').notes).not.toContain('age-at-most-reading');
  });
  it('arrived at 13 and a half: unknown, possible, with the note (was a firm no)', () => {
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021-09-10')).toMatchObject({ value: 'unknown', status: 'possible' });
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021-09-10').notes).toContain('age-at-most-reading');
  });
  it('arrived after the 14th birthday: unmet, not eligible', () => {
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2022-03-10')).toMatchObject({ value: 'unmet', status: 'not-eligible' });
  });
});

describe('AFA 7 bis e and AFT 7 ter b: living in France since age 10 at most (DZ-10e, TN-2)', () => {
  for (const cardId of ['afa-7bis-e', 'aft-7ter-b'] as const) {
    const birth = EXAMPLES.get(cardId)!.situation.birthDate as string;
    const at = (years: number, months = 0) => {
      const d = new Date(`${birth}T00:00:00Z`);
      d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    it(`${cardId}: on the 10th birthday met; at 10 and a half unknown with the note (was a firm yes); at 11 unmet`, () => {
      expect(check(cardId, 'resident-since-age-10', at(10)).value).toBe('met');
      const between = check(cardId, 'resident-since-age-10', at(10, 6));
      expect(between.value).toBe('unknown');
      expect(between.status).not.toBe('eligible');
      expect(between.notes).toContain('age-at-most-reading');
      expect(check(cardId, 'resident-since-age-10', at(11)).value).toBe('unmet');
    });
  }
});

describe('a year or month of arrival only (partial date): the reading note only when the text, not the date, is open', () => {
  // Born 2008-03-10: 13th birthday 2021-03-10, 14th 2022-03-10.
  it('arrived "2021" (before or after the 13th birthday): unknown, the date is asked, no reading note', () => {
    const r = check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021');
    expect(r.value).toBe('unknown');
    expect(r.notes).not.toContain('age-at-most-reading');
  });
  it('arrived "2021-09" (wholly in the year after the 13th birthday): unknown with the reading note', () => {
    const r = check('ceseda-l423-21', 'habitual-residence-since-age-13', '2021-09');
    expect(r.value).toBe('unknown');
    expect(r.notes).toContain('age-at-most-reading');
  });
  it('arrived "2019": met, no note; arrived "2023": unmet', () => {
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2019')).toMatchObject({ value: 'met', status: 'eligible' });
    expect(check('ceseda-l423-21', 'habitual-residence-since-age-13', '2023').value).toBe('unmet');
  });
});
