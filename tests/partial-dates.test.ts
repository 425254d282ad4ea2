/**
 * Issue 12 item 14: dates known only to the year ("2015") or the month ("2015-03"). A condition
 * reading one is met or unmet only when every day it may be agrees; otherwise it is unknown.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, nextQuestions, parseSituation, type Situation } from '../rules';
import { CATALOGUE } from '../rules/catalogue';
import { ageAtLeast } from '../rules/conditions';
import { evaluateCondition, type EvalContext } from '../rules/logic';
import { isPartialDate, partialRange, sampleDays, splitPartialDates } from '../rules/partial-dates';
import { FACTS, FACT_IDS, type FactId } from '../rules/facts';
import { result } from './helpers/card-cases';
import { situationArb } from './helpers/arbitraries';
import { traceNode } from './helpers/scenario';

const AS_OF = '2026-11-22';
const DZ: Situation = {
  removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false,
  publicOrderConcern: false, maritalStatus: 'single', birthDate: '1985-01-01', stayedAsStudent: false, currentTitle: 'none',
};
const node = traceNode;

describe('schema: a date answer may be full, year-month or year only', () => {
  it.each(['2015', '2015-03', '2015-03-14'])('%s is accepted', (v) => {
    expect(parseSituation({ entryDate: v }).ok).toBe(true);
  });
  it.each(['15', '2015-3', '2015-13', '2015-00', '2015-02-30', '03/2015'])('%s is refused, naming the field', (v) => {
    const p = parseSituation({ entryDate: v });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems[0]).toMatchObject({ field: 'entryDate', problem: expect.stringMatching(/YYYY-MM-DD.*YYYY/) });
  });
  it('ranges: a year is 1 Jan–31 Dec, a month its first to last day (leap years included)', () => {
    expect(partialRange('2015')).toEqual(['2015-01-01', '2015-12-31']);
    expect(partialRange('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(isPartialDate('2015-03-14')).toBe(false);
  });
});

describe('AFA 6-1 ("more than 10 years") with a residence start known only to the year or month', () => {
  const at = (since: string) => result('afa-6-1', { ...DZ, habitualResidenceSince: since }, AS_OF);
  it('since 2014: more than 10 years whatever the day → met, eligible', () => {
    expect(at('2014').status).toBe('eligible');
  });
  it('since 2016: 10 years are over for January, not for December → unknown, possible, the date listed as missing', () => {
    const r = at('2016');
    expect(r.status).toBe('possible');
    expect(node(r.conditions, 'habitual-residence-more-than-10-years')?.value).toBe('unknown');
    expect(r.missing).toContain('habitualResidenceSince');
  });
  it('since 2020: under 10 years whatever the day → unmet, not-eligible', () => {
    expect(at('2020').status).toBe('not-eligible');
  });
  it('month precision decides near the threshold: October 2016 is enough, November 2016 is open', () => {
    expect(at('2016-10').status).toBe('eligible');
    expect(at('2016-11').status).toBe('possible');
  });
  it('the question is not asked again: a partial date is an answer', () => {
    expect(nextQuestions({ ...DZ, habitualResidenceSince: '2016' }, { asOf: AS_OF })).not.toContain('habitualResidenceSince');
  });
});

describe('a birth date known only to the year', () => {
  const ctx: EvalContext = { asOf: AS_OF, statusOf: () => undefined, unmetOf: () => undefined, evaluatedSoFar: () => [] };
  const adult = ageAtLeast('adult', 'CESEDA L421-35', 18);
  const evalWith = (birthDate: string) => {
    const { exact, partial } = splitPartialDates({ birthDate });
    return evaluateCondition(adult, exact, { ...ctx, partialDates: partial });
  };
  it('born in 1990: 18 or over whatever the day → met', () => {
    expect(evalWith('1990').value).toBe('met');
  });
  it('born in 2008: 17 or 18 on 22 Nov 2026 → unknown, birthDate missing', () => {
    const t = evalWith('2008');
    expect(t.value).toBe('unknown');
    expect(t.missing).toEqual(['birthDate']);
  });
  it('born in 2010: under 18 whatever the day → unmet', () => {
    expect(evalWith('2010').value).toBe('unmet');
  });
  it('the anniversary day is among the days tried (born 23 Nov 2008 is 17, born 22 Nov 2008 is 18)', () => {
    expect(sampleDays(['2008-01-01', '2008-12-31'], [AS_OF])).toEqual(expect.arrayContaining(['2008-11-21', '2008-11-22', '2008-11-23']));
    expect(evalWith('2008-11').value).toBe('unknown');
  });
});

describe('everything but conditions reads a partial date as unknown', () => {
  it('the alert: an OQTF notified "in 2025" (free) is over by Nov 2026, with no made-up last day', () => {
    const a = evaluate({ removalOrder: 'oqtf', detention: 'free', removalOrderNotifiedOn: '2025' }, { asOf: AS_OF }).alerts[0];
    expect(a).toMatchObject({ id: 'oqtf', deadlinePassed: true, enforceableUntil: '2028-12-31' });
    expect(a?.deadline).toBeUndefined();
  });
  it('the alert: notified "in November 2026" (free) may still be open → not passed', () => {
    const a = evaluate({ removalOrder: 'oqtf', detention: 'free', removalOrderNotifiedOn: '2026-11' }, { asOf: AS_OF }).alerts[0];
    expect(a?.deadlinePassed).toBeUndefined();
  });
  it('the fee: the visa de régularisation after an entry "in 2026" on a short-stay visa may be due (never certain)', () => {
    const s: Situation = { nationality: 'other', familyOfEuCitizen: false, entryVisa: 'short-stay', entryDate: '2026', currentTitle: 'none' };
    const r = result('ceseda-l435-1', s, AS_OF);
    expect(r.fee.parts.map((p) => p.id)).not.toContain('regularisation-visa');
    expect(r.fee.maybeParts.map((p) => p.id)).toContain('regularisation-visa');
  });
});

const DATE_FACTS = FACT_IDS.filter((id) => FACTS[id].input.kind === 'date');
const GATES = new Set(CATALOGUE.filter((c) => c.dependsOn).map((c) => c.id));

describe('property: a partial date never decides what one of its days would decide otherwise', () => {
  it('for a random situation, cutting one date to its year or month keeps every decided status (gates aside)', () => {
    const arb = situationArb.chain((s) => {
      const dated = DATE_FACTS.filter((f) => typeof s[f] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(String(s[f])));
      return fc.record({ s: fc.constant(s), f: dated.length ? fc.constantFrom(...dated) : fc.constant(undefined), month: fc.boolean() });
    });
    fc.assert(fc.property(arb, ({ s, f, month }) => {
      fc.pre(f !== undefined);
      const full = String(s[f as FactId]);
      const cut = { ...s, [f as FactId]: month ? full.slice(0, 7) : full.slice(0, 4) } as Situation;
      const exact = evaluate(s, { asOf: AS_OF }).results;
      const partial = evaluate(cut, { asOf: AS_OF }).results;
      partial.forEach((p, i) => {
        if (GATES.has(p.id) || p.status === 'possible') return;
        expect(exact[i]!.status, `${p.id} is ${p.status} with ${f} = ${String(cut[f as FactId])} but ${exact[i]!.status} with ${full}`).toBe(p.status);
      });
    }), { numRuns: 150 });
  });
});
