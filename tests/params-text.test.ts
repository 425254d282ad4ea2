import { describe, expect, it } from 'vitest';
import { cardById } from '../rules/catalogue';
import { computeFee } from '../rules/fees';
import { amountUncertainOn, PARAMS, stepOn, TEXT_VALUES, textValues } from '../rules/params';
import { ARTICLES } from '../rules/references';
import { fillTextValues, loadMessages, lookup, readLanguage, LANGS } from '../locales';
import { GENERAL_REGIME_PERSON } from './helpers/card-cases';

const salarie = cardById('ceseda-l421-1')!;
const aps = cardById('ceseda-l425-10')!;
/** An APS whose card sets no fee flag of its own: only the steps speak. */
const apsNoCardFlag = { ...aps, fee: { tax: 'aps' } } as const;
const FIRST_ISSUE = { ...GENERAL_REGIME_PERSON, currentTitle: 'none', entryVisa: 'long-stay' } as const;

describe('dated parameters: each step carries its reference, check date and verify flag', () => {
  it('every step has a reference and a check date', () => {
    for (const [name, p] of Object.entries(PARAMS)) for (const s of p.steps) {
      expect(s.ref, name).toBeTruthy();
      expect(ARTICLES[s.ref].verifiedOn, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('the LF 2026 first-issue amount is to be confirmed, the 2021 one is not (F-7 ⚠ concerns the 1 May 2026 column)', () => {
    expect(stepOn('firstIssueTax', '2026-06-01')).toMatchObject({ value: 300, ref: 'LF 2026 art. 128', verify: true });
    expect(amountUncertainOn('firstIssueTax', '2026-06-01')).toBe(true);
    expect(amountUncertainOn('firstIssueTax', '2025-06-01')).toBe(false);
  });
});

describe('the other LF 2026 amounts (F-7 column ⚠; legal/README ⚠ 2 rates them M-H)', () => {
  it('stamp duty €50: not flagged (M-H, borne out by the préfecture tariff, due whatever the lists)', () => {
    expect(stepOn('stampDuty', '2026-06-01')).toMatchObject({ value: 50, ref: 'LF 2026 art. 128' });
    expect(amountUncertainOn('stampDuty', '2026-06-01')).toBe(false);
  });
  it('visa de régularisation €300 (€100 at filing): to be confirmed from 1 May 2026, certain before', () => {
    for (const name of ['regularisationVisa', 'regularisationVisaAtFiling'] as const) {
      expect(amountUncertainOn(name, '2026-06-01'), name).toBe(true);
      expect(amountUncertainOn(name, '2026-04-30'), name).toBe(false);
    }
    expect(stepOn('regularisationVisa', '2026-06-01')).toMatchObject({ value: 300, verify: true });
  });
});

describe('fees: what is uncertain comes from the steps in force on the date', () => {
  it('a first issue after 1 May 2026 is "to be confirmed" (LF 2026 step), the same first issue in 2025 is not', () => {
    const after = computeFee(salarie, FIRST_ISSUE, '2026-06-01');
    expect(after.parts.map((p) => [p.id, p.amount])).toContainEqual(['first-issue-tax', 300]);
    expect(after.verify).toBe(true);
    const before = computeFee(salarie, FIRST_ISSUE, '2025-06-01');
    expect(before.parts.map((p) => [p.id, p.amount])).toContainEqual(['first-issue-tax', 200]);
    expect(before.verify).toBe(false);
  });
  it('a renewal (no ⚠ step) is certain on both dates', () => {
    const renewal = { ...FIRST_ISSUE, currentTitle: 'cst-1-year', currentTitleGround: 'employee' } as const;
    expect(computeFee(salarie, renewal, '2026-06-01').verify).toBe(false);
  });
  it('the APS tax: free and certain before 1 May 2026, €100 and to be confirmed after (exemptions unclear ⚠)', () => {
    expect(computeFee(apsNoCardFlag, GENERAL_REGIME_PERSON, '2026-04-30')).toMatchObject({ free: true, total: 0, verify: false });
    expect(computeFee(apsNoCardFlag, GENERAL_REGIME_PERSON, '2026-05-01')).toMatchObject({ free: false, total: 100, verify: true });
    // The L425-10 card has no date-blind flag of its own (REVIEW): an APS was free before 1 May 2026 (F-7), and its
    // €100 from that date is to be confirmed through the step, like any APS.
    expect(computeFee(aps, GENERAL_REGIME_PERSON, '2026-04-30')).toMatchObject({ free: true, verify: false });
    expect(computeFee(aps, GENERAL_REGIME_PERSON, '2026-05-01')).toMatchObject({ total: 100, verify: true });
  });
});

describe('thresholds written in sentences are parameters (L426-10: 50 jobs, €10 million)', () => {
  it('a value written into an undated text has a single step', () => {
    expect(textValues()).toEqual({ economicContributionJobs: 50, economicContributionInvestmentMillions: 10 });
    for (const name of Object.keys(TEXT_VALUES)) expect(() => TEXT_VALUES[name as keyof typeof TEXT_VALUES]()).not.toThrow();
  });
  it('the L426-10 strings hold placeholders in every language and show the parameter values once loaded', () => {
    for (const lang of LANGS) {
      const raw = readLanguage(lang);
      for (const key of ['conditions.exceptional-economic-contribution', 'cards.ceseda-l426-10.summary', 'screens.items.exceptionalEconomicContribution']) {
        const text = lookup(raw, key);
        expect(text, `${lang} ${key}`).toContain('{{economicContributionJobs}}');
        expect(text, `${lang} ${key}`).toContain('{{economicContributionInvestmentMillions}}');
        const shown = lookup(loadMessages(lang), key)!;
        expect(shown, `${lang} ${key}`).not.toContain('{{');
      }
    }
    expect(lookup(loadMessages('fr'), 'conditions.exceptional-economic-contribution')).toBe(
      "Avoir créé ou gardé au moins 50 emplois, ou investi au moins 10 millions d'euros en France");
    expect(lookup(loadMessages('prs'), 'conditions.exceptional-economic-contribution')).toContain('۵۰');
  });
  it('a new amount changes the sentence (injected values)', () => {
    const m = fillTextValues({ a: 'au moins {{economicContributionJobs}} emplois' }, 'fr', { economicContributionJobs: 40 });
    expect(m.a).toBe('au moins 40 emplois');
  });
});
