/**
 * Indicators of the case-by-case routes (scenarios README, "Case-by-case routes and indicators"): the
 * canonical ids and sources, met / unmet / unknown from facts ("I don't know" is unknown), a strength
 * in words that never changes a status, the order of `results`, and the CLI output.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Situation } from '../rules';
import { CATALOGUE } from '../rules/catalogue';
import { indicatorQuestions, indicatorsFor, strengthOf, type Indicator } from '../rules/indicators';
import { run as cli } from '../rules/cli';
import { GENERAL_REGIME_PERSON, result } from './helpers/card-cases';
import { persona } from './helpers/personas';

const AS_OF = '2026-11-22';
const value = (s: Situation, id: string) => indicatorsFor(s, AS_OF).find((i) => i.id === id)?.value;

describe('the seven indicators of the scenarios README, each with its source', () => {
  it('ids and sources are the canonical ones', () => {
    const list = indicatorsFor({}, AS_OF);
    expect(Object.fromEntries(list.map((i) => [i.id, i.source]))).toEqual({
      'presence-7-years': 'circular of 23 Jan 2025 (AES); also weighed for L423-23',
      'french-attested': 'circular of 23 Jan 2025',
      'complied-with-removal-orders': 'circular of 23 Jan 2025',
      'work-or-job-offer': 'circular of 23 Jan 2025; R423-5 (conditions of existence)',
      'family-in-france': 'R423-5; L423-23',
      'children-schooled-in-france': 'case law on art. 8 ECHR',
      'few-ties-abroad': 'R423-5',
    });
    // Nothing answered: every indicator unknown, never unmet.
    expect(new Set(list.map((i) => i.value))).toEqual(new Set(['unknown']));
  });

  it('presence-7-years: about 7 years of habitual residence on the evaluation date', () => {
    expect(value({ habitualResidenceSince: '2019-11-22' }, 'presence-7-years')).toBe('met');
    expect(value({ habitualResidenceSince: '2019-11-23' }, 'presence-7-years')).toBe('unmet');
    expect(value({ habitualResidenceSince: 'dont-know' }, 'presence-7-years')).toBe('unknown');
  });

  it('french-attested: a diploma or test at A2 or more; A1 or none is not; "I don\'t know" is unknown', () => {
    expect(value({ frenchLevel: 'a2' }, 'french-attested')).toBe('met');
    expect(value({ frenchLevel: 'a1' }, 'french-attested')).toBe('unmet');
    expect(value({ frenchLevel: 'none' }, 'french-attested')).toBe('unmet');
    expect(value({ frenchLevel: 'dont-know' }, 'french-attested')).toBe('unknown');
  });

  it('complied-with-removal-orders: none met; an order kept past its 30-day departure period unmet; within it unknown', () => {
    expect(value({ removalOrder: 'none' }, 'complied-with-removal-orders')).toBe('met');
    expect(value({ removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-01-10' }, 'complied-with-removal-orders')).toBe('unmet');
    expect(value({ removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10' }, 'complied-with-removal-orders')).toBe('unknown');
    expect(value({ removalOrder: 'oqtf' }, 'complied-with-removal-orders')).toBe('unknown');
    expect(value({ removalOrder: 'dont-know' }, 'complied-with-removal-orders')).toBe('unknown');
  });

  it('work-or-job-offer: working, or a signed job offer', () => {
    expect(value({ employed: true }, 'work-or-job-offer')).toBe('met');
    expect(value({ employed: false, signedJobOffer: true }, 'work-or-job-offer')).toBe('met');
    expect(value({ employed: false, signedJobOffer: false }, 'work-or-job-offer')).toBe('unmet');
    expect(value({ employed: false }, 'work-or-job-offer')).toBe('unknown');
    expect(value({ employed: false, signedJobOffer: 'dont-know' }, 'work-or-job-offer')).toBe('unknown');
  });

  it('family-in-france: close family, a French child or a partner living here', () => {
    expect(value({ familyTiesInFrance: true }, 'family-in-france')).toBe('met');
    expect(value({ familyTiesInFrance: false, hasFrenchMinorChild: true }, 'family-in-france')).toBe('met');
    expect(value({ maritalStatus: 'pacs', livingTogether: true }, 'family-in-france')).toBe('met');
    expect(value({ familyTiesInFrance: false }, 'family-in-france')).toBe('unmet');
    expect(value({ familyTiesInFrance: 'dont-know' }, 'family-in-france')).toBe('unknown');
  });

  it('children-schooled-in-france: left out when there is no child of school age', () => {
    expect(value({ childrenSchooledInFrance: 'yes' }, 'children-schooled-in-france')).toBe('met');
    expect(value({ childrenSchooledInFrance: 'no' }, 'children-schooled-in-france')).toBe('unmet');
    expect(value({ childrenSchooledInFrance: 'dont-know' }, 'children-schooled-in-france')).toBe('unknown');
    expect(value({ childrenSchooledInFrance: 'no-school-age-children' }, 'children-schooled-in-france')).toBeUndefined();
  });

  it('few-ties-abroad: no close family left in the country of origin', () => {
    expect(value({ closeFamilyAbroad: false }, 'few-ties-abroad')).toBe('met');
    expect(value({ closeFamilyAbroad: true }, 'few-ties-abroad')).toBe('unmet');
    expect(value({ closeFamilyAbroad: 'dont-know' }, 'few-ties-abroad')).toBe('unknown');
  });

  it('asks only the facts that can still settle an unknown indicator', () => {
    expect(indicatorQuestions({ employed: true, frenchLevel: 'b1' }, AS_OF)).not.toContain('signedJobOffer');
    expect(indicatorQuestions({ employed: false }, AS_OF)).toContain('signedJobOffer');
    expect(indicatorQuestions({ frenchLevel: 'dont-know' }, AS_OF)).not.toContain('frenchLevel');
  });
});

describe('strength in words', () => {
  const list = (...values: Indicator['value'][]) => values.map((v, i) => ({ id: 'presence-7-years', source: String(i), value: v }) as Indicator);
  it('strong when most indicators are met, weak when most are unmet, mixed otherwise; unknowns count as neither', () => {
    expect(strengthOf(list('met', 'met', 'met', 'unmet', 'unknown'))).toBe('strong');
    expect(strengthOf(list('unmet', 'unmet', 'unmet', 'unmet', 'met', 'unknown'))).toBe('weak');
    expect(strengthOf(list('unmet', 'unmet', 'unmet', 'met', 'met', 'unknown'))).toBe('mixed');
    expect(strengthOf(list('met', 'met', 'unknown', 'unknown'))).toBe('mixed');
    expect(strengthOf([])).toBe('mixed');
  });
});

describe('on the results', () => {
  const person: Situation = {
    ...GENERAL_REGIME_PERSON, birthDate: '1990-01-01', entryVisa: 'no-visa', currentTitle: 'none', habitualResidenceSince: '2016-01-01',
    employed: true, familyTiesInFrance: true, frenchLevel: 'a2', closeFamilyAbroad: false, childrenSchooledInFrance: 'yes',
  };
  const ev = evaluate(person, { asOf: AS_OF });
  const caseIds = CATALOGUE.filter((c) => c.caseByCase).map((c) => c.id);

  it('the case-by-case routes are exactly L435-1, L423-23 and AFA 6-5', () => {
    expect(caseIds.sort()).toEqual(['afa-6-5', 'ceseda-l423-23', 'ceseda-l435-1']);
  });

  it('only case-by-case routes carry indicators and a strength; every result carries notes', () => {
    for (const r of ev.results) {
      expect(Array.isArray(r.notes)).toBe(true);
      expect(r.indicators !== undefined, r.id).toBe(caseIds.includes(r.id));
      expect(r.strength !== undefined, r.id).toBe(caseIds.includes(r.id));
    }
  });

  it('strong indicators never make a case-by-case route eligible', () => {
    for (const id of ['ceseda-l423-23', 'ceseda-l435-1']) {
      const r = ev.results.find((x) => x.id === id)!;
      expect(r.strength).toBe('strong');
      expect(r.status).toBe('possible');
    }
  });

  it('the case-by-case routes come after every other card, strongest first', () => {
    const at = ev.results.map((r) => r.id);
    const firstCase = Math.min(...caseIds.map((id) => at.indexOf(id)));
    expect(at.slice(firstCase).sort()).toEqual([...caseIds].sort());
    const ranks = at.slice(firstCase).map((id) => ['strong', 'mixed', 'weak'].indexOf(ev.results.find((r) => r.id === id)!.strength!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('the CLI prints notes on every result, and indicators and strength on the case-by-case routes', () => {
    const out = JSON.parse(cli(['--as-of', AS_OF], () => JSON.stringify(person)).stdout);
    const aes = out.results.find((r: { id: string }) => r.id === 'ceseda-l435-1');
    expect(aes.strength).toBe('strong');
    expect(aes.indicators).toContainEqual({ id: 'presence-7-years', source: 'circular of 23 Jan 2025 (AES); also weighed for L423-23', value: 'met' });
    expect(Array.isArray(aes.notes)).toBe(true);
    const other = out.results.find((r: { id: string }) => r.id === 'ceseda-l421-1');
    expect(other.notes).toEqual([]);
    expect(other).not.toHaveProperty('indicators');
  });
});

describe('the note prefer-title-of-right on AES', () => {
  const aesNote = (s: Situation) => result('ceseda-l435-1', s, AS_OF).notes;
  const p02 = persona('P02').situation;

  it('names a plein-droit title that is eligible, and one that is possible on an "I don\'t know"', () => {
    expect(aesNote(p02)).toEqual([{ id: 'prefer-title-of-right', cardIds: ['ceseda-l423-7'] }]);
    expect(aesNote({ ...p02, supportsChildSince: 'dont-know' })).toEqual([{ id: 'prefer-title-of-right', cardIds: ['ceseda-l423-7'] }]);
  });

  it('does not name a title that waits on a question not asked yet, nor a ruled-out one', () => {
    const partial: Situation = { ...p02 };
    delete partial.supportsChildSince;
    expect(aesNote(partial)).toEqual([]);
    expect(aesNote({ ...p02, hasFrenchMinorChild: false })).toEqual([]);
  });
});
