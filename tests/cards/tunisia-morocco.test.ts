import { describe, expect, it } from 'vitest';
import type { Situation } from '../../rules/situation';
import { cardCases, result, type CardCase } from '../helpers/card-cases';

const base = (nationality: 'tunisian' | 'moroccan'): Situation => ({
  removalOrder: 'none', detention: 'free', nationality, familyOfEuCitizen: false,
  publicOrderConcern: false, maritalStatus: 'single', birthDate: '1990-01-01', currentTitle: 'none',
});
const TN = base('tunisian');
const MA = base('moroccan');
const SALARIE: Situation = { employed: true, workAuthorisation: true, contractType: 'permanent', currentTitle: 'cst-1-year', currentTitleGround: 'employee' };
const INTEGRATED: Situation = { frenchLevel: 'b1', civicExamPassed: true, willSignCer: true };

const CASES: CardCase[] = [
  {
    id: 'aft-3-salarie', metStatus: 'eligible',
    met: { ...TN, ...SALARIE },
    unmet: { change: { employed: false }, condition: 'approved-work-contract' },
    unknown: { remove: ['currentTitleGround'], change: { currentTitle: 'none' }, missing: ['entryVisa'] },
  },
  {
    id: 'aft-3-resident', metStatus: 'possible',
    met: { ...TN, ...SALARIE, ...INTEGRATED, lawfulResidenceSince: '2022-01-01', stableResourcesAtLeastSmic: true },
    unmet: { change: { lawfulResidenceSince: '2025-01-01' }, condition: 'lawful-residence-3-years' },
    unknown: { remove: ['lawfulResidenceSince'], missing: ['lawfulResidenceSince'] },
  },
  {
    id: 'aft-10', metStatus: 'eligible',
    met: { ...TN, ...SALARIE, ...INTEGRATED, lawfulResidenceSince: '2020-01-01' },
    unmet: { change: { lawfulResidenceSince: '2023-01-01' }, condition: 'lawful-residence-5-years' },
    unknown: { remove: ['lawfulResidenceSince'], missing: ['lawfulResidenceSince'] },
  },
  {
    id: 'aft-10-spouse-of-french', metStatus: 'eligible',
    met: { ...TN, ...INTEGRATED, maritalStatus: 'married', polygamy: false, partnerIsFrench: true, marriageDate: '2024-01-01', livingTogether: true, marriagePlace: 'france', currentTitle: 'cst-1-year' },
    unmet: { change: { marriageDate: '2026-06-01' }, condition: 'married-at-least-1-year' },
    unknown: { remove: ['livingTogether'], missing: ['livingTogether'] },
  },
  {
    id: 'aft-7ter-b', metStatus: 'eligible',
    met: { ...TN, birthDate: '2000-01-01', habitualResidenceSince: '2005-01-01' },
    unmet: { change: { habitualResidenceSince: '2015-01-01' }, condition: 'resident-since-age-10' },
    unknown: { remove: ['habitualResidenceSince'], missing: ['habitualResidenceSince'] },
  },
  {
    id: 'afm-3-salarie', metStatus: 'eligible',
    met: { ...MA, ...SALARIE },
    unmet: { change: { workAuthorisation: false }, condition: 'approved-work-contract' },
    unknown: { remove: ['workAuthorisation'], missing: ['workAuthorisation'] },
  },
  {
    id: 'afm-3-resident', metStatus: 'possible',
    met: { ...MA, ...SALARIE, ...INTEGRATED, lawfulResidenceSince: '2022-01-01', stableResourcesAtLeastSmic: true },
    unmet: { change: { currentTitleGround: 'student' }, condition: 'holds-salarie-title' },
    unknown: { remove: ['currentTitleGround'], missing: ['currentTitleGround'] },
  },
];

describe('Tunisian and Moroccan accord cards', () => {
  for (const c of CASES) cardCases(c);

  it('AFT 3 salarié: a first issue needs the long-stay visa (L412-1 through art. 11)', () => {
    const first = { ...TN, employed: true, workAuthorisation: true, contractType: 'permanent' as const, currentTitle: 'none' as const };
    expect(result('aft-3-salarie', { ...first, entryVisa: 'long-stay' }).status).toBe('eligible');
    const r = result('aft-3-salarie', { ...first, entryVisa: 'short-stay' });
    expect(r.reasons.map((x) => x.id)).toContain('long-stay-visa-or-salarie-title');
  });

  it('accord resident cards: the 2026 exam is "may be required", never a refusal', () => {
    const s = { ...TN, ...SALARIE, willSignCer: true, lawfulResidenceSince: '2020-01-01' };
    for (const frenchLevel of ['a1', 'dont-know'] as const) {
      const r = result('aft-10', { ...s, frenchLevel, civicExamPassed: false });
      expect(r.status).toBe('possible');
      expect(r.verifyNotes).toContain('tn-integration-exam');
    }
  });

  it('the CER is unknown, with a verify note, unless the person will sign it', () => {
    const s = { ...TN, ...SALARIE, frenchLevel: 'b1' as const, civicExamPassed: true, lawfulResidenceSince: '2020-01-01' };
    const r = result('aft-10', s);
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('willSignCer');
    expect(r.verifyNotes).toContain('cer-tunisians');
    expect(r.documents).toContain('signed-cer');
  });

  it('low-confidence articles carry their verify notes', () => {
    expect(result('aft-3-resident', { ...TN }).verifyNotes).toContain('aft-3-resident-article');
    expect(result('aft-7ter-b', { ...TN, birthDate: '2000-01-01', habitualResidenceSince: '2005-01-01' }).verifyNotes).toContain('aft-7ter-b-letter');
    expect(result('aft-10-spouse-of-french', { ...TN }).verifyNotes).toContain('aft-10-letter');
    expect(result('afm-3-resident', { ...MA }).verifyNotes).toContain('afm-3-resident-article');
  });

  it('AFT 3 resident boundary: exactly 3 years of regular residence is enough', () => {
    const s = { ...TN, ...SALARIE, ...INTEGRATED, stableResourcesAtLeastSmic: true };
    expect(result('aft-3-resident', { ...s, lawfulResidenceSince: '2023-11-22' }).status).toBe('possible');
    expect(result('aft-3-resident', { ...s, lawfulResidenceSince: '2023-11-23' }).status).toBe('not-eligible');
  });

  it('art. 3 salarié is for a salaried activity of a year or more: a Moroccan seasonal worker goes to CESEDA L421-34', () => {
    // Both accords, art. 3, first paragraph: "désireux d'exercer une activité professionnelle salariée en
    // France, pour une durée d'un an au minimum". Everything else is the CESEDA (MA-5; TN art. 11).
    const seasonal = {
      ...MA, employed: true, workAuthorisation: true, activity: 'seasonal-job' as const, contractType: 'fixed-term-short' as const,
      mainHomeAbroad: true, entryVisa: 'long-stay' as const, longStayVisaPurpose: 'employee' as const, currentTitle: 'vls-ts' as const,
    };
    const afm = result('afm-3-salarie', seasonal);
    expect(afm.status).toBe('not-eligible');
    expect(afm.reasons.map((x) => x.id)).toContain('salaried-activity-of-one-year-or-more');
    expect(result('ceseda-l421-34', seasonal).status).not.toBe('not-eligible');
    expect(result('aft-3-salarie', { ...seasonal, nationality: 'tunisian' }).reasons.map((x) => x.id)).toContain('salaried-activity-of-one-year-or-more');
    // A fixed-term contract of 12 months or more is within art. 3.
    expect(result('afm-3-salarie', { ...MA, ...SALARIE, contractType: 'fixed-term-12-months-plus' }).status).toBe('eligible');
  });

  it('the Moroccan salarié CER is optional; other nationalities are routed out', () => {
    expect(result('afm-3-salarie', { ...MA, ...SALARIE }).documents).not.toContain('signed-cer');
    expect(result('afm-3-salarie', { ...TN, ...SALARIE }).reasons.map((x) => x.id)).toContain('nationality-moroccan');
    expect(result('aft-3-salarie', { ...MA, ...SALARIE }).reasons.map((x) => x.id)).toContain('nationality-tunisian');
  });
});
