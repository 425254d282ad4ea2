// Per-card tests for the general-regime work, study, "other" and AES cards: for each card a met case,
// an unmet case naming the condition, an unknown case (possible, missing facts listed) and the
// public-order reservation; then the boundary dates and amounts.
import { ARTICLES, cardVerifiedOn } from '../../rules/references';
import { describe, expect, it } from 'vitest';
import type { Card, CardId } from '../../rules/card';
import { cardById } from '../../rules/catalogue';
import { commissionCase } from '../../rules/commission';
import { evaluateCard, type CardResult } from '../../rules/evaluate';
import type { FactId } from '../../rules/facts';
import type { EvalContext, Status } from '../../rules/logic';
import { parseSituation, type Situation } from '../../rules/situation';
import { nodeStates } from '../helpers/scenario';
import { persona } from '../helpers/personas';
import { without } from '../helpers/card-cases';

/** Public scenarios P05 and P14, from their persona files. */
const p05 = persona('P05').situation;
const p14 = persona('P14').situation;

type Evaluated = ReturnType<EvalContext['evaluatedSoFar']>;

function cardOf(id: string): Card {
  const c = cardById(id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
}

function ev(id: string, input: Record<string, unknown>, asOf = '2026-11-22', soFar: Evaluated = []): CardResult {
  const parsed = parseSituation(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const s: Situation = parsed.situation;
  const ctx: EvalContext = {
    asOf,
    statusOf: (c) => soFar.find((r) => r.id === c)?.status,
    unmetOf: () => undefined,
    evaluatedSoFar: () => soFar,
  };
  return evaluateCard(cardOf(id), s, ctx);
}

const BASE = { removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, maritalStatus: 'single', publicOrderConcern: false, birthDate: '1995-04-01', currentTitle: 'none' };
const VISA = { entryVisa: 'long-stay', currentTitle: 'none' };

interface Case {
  id: string;
  legalBasis: string[];
  /** Everything answered and met. */
  met: Record<string, unknown>;
  metStatus: Status;
  /** A change that makes one named condition unmet. */
  unmet: [Record<string, unknown>, string];
  /** A fact removed: the card becomes possible, with that fact missing. */
  unknown: FactId;
}

const CASES: Case[] = [
  {
    id: 'ceseda-l421-1', legalBasis: ['CESEDA L421-1'],
    met: { ...BASE, activity: 'ordinary-job', entryVisa: 'long-stay', longStayVisaPurpose: 'employee', currentTitle: 'none', workAuthorisation: true, contractType: 'permanent' },
    metStatus: 'eligible', unmet: [{ contractType: 'fixed-term-12-months-plus' }, 'permanent-contract'], unknown: 'workAuthorisation',
  },
  {
    id: 'ceseda-l433-4-salarie', legalBasis: ['CESEDA L433-4'],
    // X5 exemptions answered (no schooling in France, no medical exemption): A2 and the exam are then required.
    met: { ...BASE, currentTitle: 'cst-1-year', currentTitleGround: 'employee', lawfulResidenceSince: '2024-09-01', employed: true, cirFollowed: true, frenchLevel: 'a2', civicExamPassed: true, schooledInFrance: false, integrationMedicalExemption: false },
    metStatus: 'eligible', unmet: [{ frenchLevel: 'a1' }, 'french-level-a2'], unknown: 'cirFollowed',
  },
  {
    id: 'ceseda-l421-3', legalBasis: ['CESEDA L421-3'],
    met: { ...BASE, activity: 'ordinary-job', currentTitle: 'cst-1-year', workAuthorisation: true, contractType: 'fixed-term-short' },
    metStatus: 'eligible', unmet: [{ contractType: 'permanent' }, 'fixed-term-contract-or-posting'], unknown: 'contractType',
  },
  {
    id: 'ceseda-l421-5', legalBasis: ['CESEDA L421-5'],
    met: { ...BASE, ...VISA, activity: 'own-business', stableResourcesAtLeastSmic: true, businessRegistered: true },
    // Viability is the préfet's assessment (R421-8): never better than possible.
    metStatus: 'possible', unmet: [{ stableResourcesAtLeastSmic: false }, 'income-at-least-smic'], unknown: 'businessRegistered',
  },
  {
    id: 'ceseda-l421-9', legalBasis: ['CESEDA L421-9'],
    met: { ...BASE, ...VISA, masterLevelDegree: true, contractType: 'permanent', annualGrossPay: 45000 },
    metStatus: 'eligible', unmet: [{ annualGrossPay: 30000 }, 'pay-at-least-talent-threshold'], unknown: 'annualGrossPay',
  },
  {
    id: 'ceseda-l421-11', legalBasis: ['CESEDA L421-11'],
    met: { ...BASE, ...VISA, contractType: 'fixed-term-12-months-plus', annualGrossPay: 60000 },
    metStatus: 'eligible', unmet: [{ contractType: 'none' }, 'contract-at-least-6-months'], unknown: 'annualGrossPay',
  },
  {
    id: 'ceseda-l421-13-1', legalBasis: ['CESEDA L421-13-1'],
    met: { ...BASE, ...VISA, activity: 'medical-profession' },
    metStatus: 'eligible', unmet: [{ activity: 'ordinary-job' }, 'medical-practitioner-with-authorisation'], unknown: 'entryVisa',
  },
  {
    id: 'ceseda-l421-14', legalBasis: ['CESEDA L421-14'],
    met: { ...BASE, ...VISA, activity: 'research', hostAgreementSigned: true },
    metStatus: 'eligible', unmet: [{ hostAgreementSigned: false }, 'hosting-agreement'], unknown: 'hostAgreementSigned',
  },
  {
    id: 'ceseda-l421-16', legalBasis: ['CESEDA L421-16'],
    met: { ...BASE, ...VISA, activity: 'business-project-or-investment', masterLevelDegree: true },
    metStatus: 'possible', unmet: [{ activity: 'own-business' }, 'business-project-or-investment'], unknown: 'masterLevelDegree',
  },
  {
    id: 'ceseda-l421-19', legalBasis: ['CESEDA L421-19'],
    met: { ...BASE, ...VISA, activity: 'group-legal-representative', annualGrossPay: 90000 },
    metStatus: 'possible', unmet: [{ activity: 'ordinary-job' }, 'group-legal-representative'], unknown: 'annualGrossPay',
  },
  {
    id: 'ceseda-l421-20', legalBasis: ['CESEDA L421-20'],
    met: { ...BASE, ...VISA, activity: 'artistic-work' },
    metStatus: 'possible', unmet: [{ activity: 'none' }, 'artistic-or-cultural-work'], unknown: 'entryVisa',
  },
  {
    id: 'ceseda-l421-21', legalBasis: ['CESEDA L421-21'],
    met: { ...BASE, ...VISA, activity: 'renown' },
    metStatus: 'possible', unmet: [{ activity: 'none' }, 'activity-in-field-of-renown'], unknown: 'entryVisa',
  },
  {
    id: 'ceseda-l421-26', legalBasis: ['CESEDA L421-26'],
    met: { ...BASE, ...VISA, activity: 'intra-group-transfer', workAuthorisation: true },
    metStatus: 'eligible', unmet: [{ entryVisa: 'short-stay' }, 'long-stay-visa'], unknown: 'workAuthorisation',
  },
  {
    id: 'ceseda-l421-34', legalBasis: ['CESEDA L421-34'],
    met: { ...BASE, ...VISA, activity: 'seasonal-job', mainHomeAbroad: true, workAuthorisation: true },
    metStatus: 'eligible', unmet: [{ mainHomeAbroad: false }, 'main-home-abroad'], unknown: 'mainHomeAbroad',
  },
  {
    id: 'ceseda-l422-1', legalBasis: ['CESEDA L422-1'],
    met: { ...BASE, ...VISA, longStayVisaPurpose: 'student', enrolledHigherEducation: true, monthlyResources: 700, healthInsurance: true },
    metStatus: 'eligible', unmet: [{ monthlyResources: 500 }, 'student-resources'], unknown: 'enrolledHigherEducation',
  },
  {
    id: 'ceseda-l422-1-multi-year', legalBasis: ['CESEDA L422-1', 'CESEDA L433-4'],
    met: { ...BASE, currentTitle: 'cst-1-year', currentTitleGround: 'student', currentTitleExpiry: '2027-02-28', enrolledHigherEducation: true, studiesProgressing: true, monthlyResources: 700, healthInsurance: true, annualWorkHours: 500 },
    metStatus: 'eligible', unmet: [{ studiesProgressing: false }, 'studies-progressing'], unknown: 'studiesProgressing',
  },
  {
    id: 'ceseda-l422-10', legalBasis: ['CESEDA L422-10'],
    met: { ...BASE, currentTitle: 'multi-year-card', currentTitleGround: 'student', masterLevelDegree: true, healthInsurance: true },
    metStatus: 'eligible', unmet: [{ masterLevelDegree: false }, 'master-level-degree'], unknown: 'healthInsurance',
  },
  {
    id: 'ceseda-l426-20', legalBasis: ['CESEDA L426-20'],
    met: { ...BASE, ...VISA, longStayVisaPurpose: 'visitor', stableResourcesAtLeastSmic: true, healthInsurance: true, employed: false },
    metStatus: 'eligible', unmet: [{ employed: true }, 'no-work-in-france'], unknown: 'stableResourcesAtLeastSmic',
  },
  {
    id: 'ceseda-l426-21', legalBasis: ['CESEDA L426-21'],
    met: { ...BASE, ...VISA, entryDate: '2026-11-10', activity: 'volunteering', hostAgreementSigned: true },
    metStatus: 'eligible', unmet: [{ entryDate: '2026-09-01' }, 'applied-within-1-month-of-entry'], unknown: 'entryDate',
  },
  {
    id: 'ceseda-l426-22', legalBasis: ['CESEDA L426-22'],
    met: { ...BASE, ...VISA, birthDate: '2002-01-01', activity: 'au-pair', hostAgreementSigned: true, frenchLevel: 'a1' },
    metStatus: 'eligible', unmet: [{ birthDate: '1990-01-01' }, 'aged-18-to-30'], unknown: 'hostAgreementSigned',
  },
  {
    id: 'ceseda-l426-23', legalBasis: ['CESEDA L426-23'],
    met: { ...BASE, ...VISA, activity: 'internship', hostAgreementSigned: true, monthlyResources: 800, healthInsurance: true },
    metStatus: 'eligible', unmet: [{ hostAgreementSigned: false }, 'internship-agreement'], unknown: 'monthlyResources',
  },
  {
    id: 'ceseda-l435-2', legalBasis: ['CESEDA L435-2'],
    met: { ...BASE, currentTitle: 'none', oacasThreeYears: true },
    metStatus: 'possible', unmet: [{ oacasThreeYears: false }, 'three-years-with-oacas'], unknown: 'oacasThreeYears',
  },
  {
    id: 'ceseda-l435-3', legalBasis: ['CESEDA L435-3'],
    met: { ...BASE, currentTitle: 'none', birthDate: '2008-03-01', placedWithChildWelfare: true, childWelfarePlacementDate: '2024-09-01', trainingMonths: 10, followsTrainingSeriously: true, hostStructureOpinionFavourable: true },
    metStatus: 'possible', unmet: [{ childWelfarePlacementDate: '2023-09-01' }, 'placement-age-16-to-18'], unknown: 'trainingMonths',
  },
  {
    id: 'ceseda-l435-4', legalBasis: ['CESEDA L435-4'],
    met: p05,
    metStatus: 'possible', unmet: [{ shortageJobMonthsLast24: 6 }, 'twelve-months-in-shortage-occupation'], unknown: 'currentJobOnShortageList',
  },
];

describe('general-regime work, study, other and AES cards', () => {
  for (const c of CASES) {
    describe(c.id, () => {
      it('is in the catalogue with its legal basis, sources and verification date', () => {
        const card = cardOf(c.id);
        expect([...card.legalBasis].sort()).toEqual([...c.legalBasis].sort());
        // Derived from the register: the oldest check among its articles.
        expect(['2026-11-22', '2026-12-03']).toContain(cardVerifiedOn(card));
        expect(card.sources.length).toBeGreaterThan(0);
        expect(card.regime).toBe('general');
      });
      it(`met: ${c.metStatus}`, () => {
        const r = ev(c.id, c.met);
        expect(r.status, `reasons=${r.reasons.map((x) => x.id)} missing=${r.missing}`).toBe(c.metStatus);
        expect(r.missing).toEqual([]);
      });
      it(`unmet: not-eligible on ${c.unmet[1]}`, () => {
        const r = ev(c.id, { ...c.met, ...c.unmet[0] });
        expect(r.status).toBe('not-eligible');
        expect(r.reasons.map((x) => x.id)).toContain(c.unmet[1]);
      });
      it(`unknown: possible while ${c.unknown} is unanswered, and "dont-know" counts as unanswered`, () => {
        const r = ev(c.id, without(c.met, c.unknown));
        expect(r.status).toBe('possible');
        expect(r.missing).toContain(c.unknown);
        const dk = ev(c.id, { ...c.met, [c.unknown]: 'dont-know' });
        expect(dk.status).toBe('possible');
      });
      it('public order: possible with a "public-order" warning, never decided by the tool', () => {
        const r = ev(c.id, { ...c.met, publicOrderConcern: true });
        expect(r.status).toBe('possible');
        expect(r.warnings).toContain('public-order');
      });
      it('does not apply to Algerians (the accord governs)', () => {
        const r = ev(c.id, { ...c.met, nationality: 'algerian' });
        expect(r.status).toBe('not-eligible');
        expect(r.reasons.map((x) => x.id)).toContain('not-algerian');
      });
    });
  }
});

describe('L421-1 salarié', () => {
  it('a change of status from a lawful stay replaces the long-stay "salarié" visa', () => {
    const r = ev('ceseda-l421-1', { ...BASE, activity: 'ordinary-job', entryVisa: 'long-stay', longStayVisaPurpose: 'student', currentTitle: 'cst-1-year', currentTitleGround: 'student', workAuthorisation: true, contractType: 'permanent' });
    expect(r.status).toBe('eligible');
  });
  it('no title and no visa: unmet on the visa, whatever the visa purpose', () => {
    const r = ev('ceseda-l421-1', { ...BASE, activity: 'ordinary-job', entryVisa: 'no-visa', currentTitle: 'none', workAuthorisation: true, contractType: 'permanent' });
    expect(r.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['long-stay-salarie-visa', 'change-of-status-from-lawful-stay']));
    expect(r.missing).toEqual([]);
  });
  it('is displaced by the accords for Tunisians and Moroccans, and is only for a salaried job', () => {
    const met = CASES.find((c) => c.id === 'ceseda-l421-1')!.met;
    for (const nationality of ['tunisian', 'moroccan']) {
      expect(ev('ceseda-l421-1', { ...met, nationality }).reasons.map((x) => x.id)).toContain('salarie-not-governed-by-accord');
    }
    expect(ev('ceseda-l421-1', { ...met, activity: 'studies' }).reasons.map((x) => x.id)).toContain('salaried-job');
  });
});

describe('L433-4 multi-year salarié', () => {
  const met = CASES.find((c) => c.id === 'ceseda-l433-4-salarie')!.met;
  it('before 2026 the A2 and civic exam were not required', () => {
    const r = ev('ceseda-l433-4-salarie', { ...met, frenchLevel: 'a1', civicExamPassed: false }, '2025-11-01');
    expect(r.status).toBe('eligible');
  });
  it('from 1 Jan 2026 the civic exam is required (CSP version)', () => {
    const r = ev('ceseda-l433-4-salarie', { ...met, civicExamPassed: false }, '2026-01-01');
    expect(r.reasons.map((x) => x.id)).toContain('civic-exam-csp');
  });
  it('Tunisians and Moroccans: only possible, with a verify note (accord art. 3)', () => {
    for (const nationality of ['tunisian', 'moroccan']) {
      const r = ev('ceseda-l433-4-salarie', { ...met, nationality });
      expect(r.status).toBe('possible');
      expect(r.verifyNotes).toContain('accord-multi-year-salarie');
    }
  });
  it('needs a first year of lawful stay', () => {
    const r = ev('ceseda-l433-4-salarie', { ...met, lawfulResidenceSince: '2026-01-15' });
    expect(r.reasons.map((x) => x.id)).toContain('one-year-lawful-stay');
  });
});

describe('talent and Blue Card pay thresholds (params)', () => {
  const t = CASES.find((c) => c.id === 'ceseda-l421-9')!.met;
  const b = CASES.find((c) => c.id === 'ceseda-l421-11')!.met;
  it('L421-9: exactly the threshold is enough, one euro less is not', () => {
    expect(ev('ceseda-l421-9', { ...t, annualGrossPay: 39582 }).status).toBe('eligible');
    expect(ev('ceseda-l421-9', { ...t, annualGrossPay: 39581 }).status).toBe('not-eligible');
  });
  it('L421-11: exactly the threshold is enough; a short fixed term leaves the 6 months open', () => {
    expect(ev('ceseda-l421-11', { ...b, annualGrossPay: 59373 }).status).toBe('eligible');
    expect(ev('ceseda-l421-11', { ...b, annualGrossPay: 59372 }).status).toBe('not-eligible');
    const r = ev('ceseda-l421-11', { ...b, contractType: 'fixed-term-short' });
    expect(r.status).toBe('possible');
    expect(nodeStates(r.conditions).get('contract-at-least-6-months')).toEqual(['unknown']);
  });
  it('L421-9: an innovative company job replaces the degree', () => {
    expect(ev('ceseda-l421-9', { ...t, masterLevelDegree: false, activity: 'innovative-company-job' }).status).toBe('eligible');
    expect(ev('ceseda-l421-9', { ...t, masterLevelDegree: false, activity: 'ordinary-job' }).status).toBe('not-eligible');
  });
  it('M-confidence talent cards keep confidence M', () => {
    for (const id of ['ceseda-l421-16', 'ceseda-l421-19', 'ceseda-l421-20', 'ceseda-l421-21']) expect(cardOf(id).confidence).toBe('M');
  });
});

describe('students', () => {
  const multi = CASES.find((c) => c.id === 'ceseda-l422-1-multi-year')!.met;
  const first = CASES.find((c) => c.id === 'ceseda-l422-1')!.met;
  it('work hours: exactly the yearly cap is allowed, one hour more is not', () => {
    expect(ev('ceseda-l422-1-multi-year', { ...multi, annualWorkHours: 964 }).status).toBe('eligible');
    expect(ev('ceseda-l422-1-multi-year', { ...multi, annualWorkHours: 965 }).reasons.map((x) => x.id)).toContain('work-within-student-cap');
  });
  it('resources: exactly the monthly amount is enough', () => {
    expect(ev('ceseda-l422-1', { ...first, monthlyResources: 615 }).status).toBe('eligible');
    expect(ev('ceseda-l422-1', { ...first, monthlyResources: 614 }).status).toBe('not-eligible');
  });
  it('renewal window: deadlines from the title expiry; a warning once it has passed', () => {
    const r = ev('ceseda-l422-1-multi-year', multi, '2026-12-15');
    expect(r.deadlines.map((d) => d.date)).toEqual(['2026-10-31', '2026-12-30']);
    expect(r.warnings).toEqual([]);
    expect(ev('ceseda-l422-1-multi-year', multi, '2026-12-31').warnings).toContain('renewal-window-passed');
    expect(ev('ceseda-l422-1-multi-year', multi, '2026-10-30').warnings).toContain('renewal-window-not-open-yet');
  });
  it('the multi-year card needs no new visa, no A2 and no civic exam', () => {
    const states = nodeStates(ev('ceseda-l422-1-multi-year', { ...multi, entryVisa: 'short-stay' }).conditions);
    for (const id of ['long-stay-visa', 'french-level-a2', 'civic-exam-csp']) expect(states.has(id)).toBe(false);
  });
  it('a student whose studies stall may get a new 1-year card (préfet) but not the multi-year card', () => {
    const s = { ...multi, studiesProgressing: false };
    expect(ev('ceseda-l422-1', s).status).toBe('possible');
    expect(ev('ceseda-l422-1-multi-year', s).status).toBe('not-eligible');
  });
  it('visitor renewal needs no new visa', () => {
    const r = ev('ceseda-l426-20', { ...BASE, entryVisa: 'short-stay', currentTitle: 'cst-1-year', currentTitleGround: 'visitor', stableResourcesAtLeastSmic: true, healthInsurance: true, employed: false });
    expect(r.status).toBe('eligible');
  });
});

describe('L426-21 volunteer: filed within 1 month of entry', () => {
  const met = CASES.find((c) => c.id === 'ceseda-l426-21')!.met;
  it('exactly 1 month after entry is still in time; the day after is not', () => {
    expect(ev('ceseda-l426-21', { ...met, entryDate: '2026-10-22' }).status).toBe('eligible');
    expect(ev('ceseda-l426-21', { ...met, entryDate: '2026-10-21' }).status).toBe('not-eligible');
  });
});

describe('L435-3 ASE at 16–18', () => {
  const met = CASES.find((c) => c.id === 'ceseda-l435-3')!.met;
  it('only in the year after the 18th birthday', () => {
    expect(ev('ceseda-l435-3', met, '2026-03-01').status).toBe('possible');
    expect(ev('ceseda-l435-3', met, '2027-02-28').status).toBe('possible');
    expect(ev('ceseda-l435-3', met, '2027-03-01').reasons.map((x) => x.id)).toContain('in-year-after-18th-birthday');
    expect(ev('ceseda-l435-3', met, '2026-02-28').reasons.map((x) => x.id)).toContain('in-year-after-18th-birthday');
  });
  it('never placed: unmet without asking the date', () => {
    const r = ev('ceseda-l435-3', { ...without(met, 'childWelfarePlacementDate'), placedWithChildWelfare: false });
    expect(r.status).toBe('not-eligible');
    expect(r.missing).toEqual([]);
  });
});

describe('L435-2 and L435-4: the long-stay visa is a ⚠ point (X1 does not list them among the waivers)', () => {
  it('both carry the "aes-visa-rule" verify note, and neither fails for want of a long-stay visa', () => {
    const oacas = ev('ceseda-l435-2', { ...p05, oacasThreeYears: true });
    const shortage = ev('ceseda-l435-4', p05);
    for (const r of [oacas, shortage]) {
      expect(r.status, r.id).toBe('possible');
      expect(r.verifyNotes, r.id).toContain('aes-visa-rule');
      expect(nodeStates(r.conditions).has('long-stay-visa'), r.id).toBe(false);
    }
  });
});

describe('L435-4 métiers en tension', () => {
  it('exactly 12 months of work in the last 24 is enough; 11 is not', () => {
    expect(ev('ceseda-l435-4', { ...p05, shortageJobMonthsLast24: 12 }).status).toBe('possible');
    expect(ev('ceseda-l435-4', { ...p05, shortageJobMonthsLast24: 11 }).reasons.map((x) => x.id)).toContain('twelve-months-in-shortage-occupation');
  });
  it('exactly 3 years of residence is enough; one day short is not', () => {
    expect(ev('ceseda-l435-4', { ...p05, habitualResidenceSince: '2023-11-22' }).status).toBe('possible');
    expect(ev('ceseda-l435-4', { ...p05, habitualResidenceSince: '2023-11-23' }).reasons.map((x) => x.id)).toContain('three-years-uninterrupted-residence');
  });
  it('in force on 31 Dec 2026 (end date shown as a deadline), closed on 1 Jan 2027 with "check-extension"', () => {
    const last = ev('ceseda-l435-4', p05, '2026-12-31');
    expect(last.status).toBe('possible');
    expect(last.deadlines).toEqual([expect.objectContaining({ id: 'l435-4-route-ends', date: '2026-12-31', verify: true })]);
    const after = ev('ceseda-l435-4', p05, '2027-01-01');
    expect(after.status).toBe('not-eligible');
    expect(after.reasons.map((x) => x.id)).toContain('not-in-force-on-date');
    expect(after.verifyNotes).toContain('check-extension');
    expect(after.warnings).not.toContain('file-before-route-ends');
  });
  it('excluded periods (student, seasonal, asylum, self-employed): the years outside them decide, asked when unknown', () => {
    const r = ev('ceseda-l435-4', { ...p05, excludedWorkPeriods: true });
    expect(r.status).toBe('possible');
    expect(r.missing).toEqual(['countableResidenceYears']);
    expect(nodeStates(r.conditions).get('three-years-without-excluded-periods')).toEqual(['unknown']);
    expect(ev('ceseda-l435-4', { ...p05, excludedWorkPeriods: true, countableResidenceYears: 2 }).reasons.map((x) => x.id)).toContain('three-years-without-excluded-periods');
    expect(nodeStates(ev('ceseda-l435-4', { ...p05, excludedWorkPeriods: true, countableResidenceYears: 3 }).conditions).get('three-years-without-excluded-periods')).toEqual(['met']);
  });
  it('integration is always the préfet\'s assessment', () => {
    expect(ev('ceseda-l435-4', p05).conditions.children.some((c) => c.id === 'integration-and-republican-values' && c.assessedBy === 'prefet' && c.value === 'unknown')).toBe(true);
  });
});

describe('L435-1 AES', () => {
  const pd = (id: CardId, status: Status): Evaluated[number] => ({ id, kind: 'plein-droit', status, dependsOn: false });
  const reasons = (r: CardResult) => r.conditions.children.find((c) => c.id === 'humanitarian-or-exceptional-reasons');

  it('is in the catalogue as a discretionary case-by-case route, its article checked on 2026-12-03', () => {
    const card = cardOf('ceseda-l435-1');
    expect(card.kind).toBe('discretionary');
    expect(card.caseByCase).toBe(true);
    // The register dates the article; the card's date is the oldest among all it cites (the regime gate's too).
    expect(ARTICLES['CESEDA L435-1'].verifiedOn).toBe('2026-12-03');
    expect(cardVerifiedOn(card)).toBe('2026-11-22');
    expect(card.dependsOn).toBeUndefined();
  });
  it('no other title closes it: possible beside an eligible or possible plein-droit card (L435-1 has no subsidiarity)', () => {
    expect(ev('ceseda-l435-1', p05, '2026-11-22', [pd('ceseda-l423-1', 'possible')]).status).toBe('possible');
    expect(ev('ceseda-l435-1', p05, '2026-11-22', [pd('ceseda-l425-9', 'eligible')]).status).toBe('possible');
  });
  it('humanitarian or exceptional reasons are for the préfet: unknown whether or not anything supports them', () => {
    for (const s of [p14, p05, { ...p14, familyTiesInFrance: true, ownSeriousIllness: true }]) {
      const r = ev('ceseda-l435-1', s);
      expect(r.status).toBe('possible');
      expect(reasons(r)?.value).toBe('unknown');
      expect(reasons(r)?.assessedBy).toBe('prefet');
    }
  });
  it('holding a title does not close it (the text asks for no irregular stay)', () => {
    expect(ev('ceseda-l435-1', { ...p05, currentTitle: 'cst-1-year' }).status).toBe('possible');
  });
  it('unmet outside the general regime: family of an EU citizen, Algerian', () => {
    // While an EU-family card holds, the national regimes are closed (eu-family.md flow step 4).
    expect(ev('ceseda-l435-1', { ...p05, familyOfEuCitizen: true }, '2026-11-22', [pd('eu-family-core', 'eligible')]).reasons.map((x) => x.id)).toContain('no-eu-family-right');
    expect(ev('ceseda-l435-1', { ...p05, nationality: 'algerian' }).reasons.map((x) => x.id)).toContain('not-algerian');
  });
  it('unknown while the regime is not known', () => {
    const r = ev('ceseda-l435-1', without(p05, 'familyOfEuCitizen'));
    expect(r.status).toBe('possible');
    expect(r.missing).toEqual(['familyOfEuCitizen']);
  });
  it('public order: possible with the warning, never decided by the tool', () => {
    const r = ev('ceseda-l435-1', { ...p05, publicOrderConcern: true });
    expect(r.status).toBe('possible');
    expect(r.warnings).toContain('public-order');
  });
  it('Moroccans and Tunisians: the salarié ground is closed (MA-4, TN-11), a verify note whether or not they work', () => {
    expect(ev('ceseda-l435-1', { ...p14, nationality: 'moroccan' }).verifyNotes).toContain('accord-salaried-aes');
    expect(ev('ceseda-l435-1', { ...p05, nationality: 'tunisian' }).verifyNotes).toContain('accord-salaried-aes');
    expect(ev('ceseda-l435-1', p05).verifyNotes).not.toContain('accord-salaried-aes');
  });
  it('commission du titre de séjour: only after more than 10 years of habitual residence', () => {
    expect(ev('ceseda-l435-1', { ...p05, habitualResidenceSince: '2016-11-22' }).warnings).not.toContain('commission-titre-de-sejour');
    expect(ev('ceseda-l435-1', { ...p05, habitualResidenceSince: '2016-11-21' }).warnings).toContain('commission-titre-de-sejour');
    expect(ev('ceseda-l435-1', p05).warnings).not.toContain('commission-titre-de-sejour');
  });
  it('commission du titre de séjour: the checklist and the L435-1 warning read one rule (anniversary, partial date)', () => {
    // Issue 16: the two copies disagreed on the 10th anniversary ("plus de dix ans": strictly more) and on a start
    // known only to the year (counted from its last possible day, so the referral is said only when certain).
    const says = (since: string, asOf: string) => {
      const r = ev('ceseda-l435-1', { ...p05, habitualResidenceSince: since }, asOf);
      return [r.warnings.includes('commission-titre-de-sejour'), commissionCase(r, { ...p05, habitualResidenceSince: since } as Situation, asOf) === 'aes-10-years'];
    };
    expect(says('2016-11-22', '2026-11-22')).toEqual([false, false]);
    expect(says('2016-11-21', '2026-11-22')).toEqual([true, true]);
    expect(says('2016', '2026-12-31')).toEqual([false, false]);
    expect(says('2016', '2027-01-01')).toEqual([true, true]);
  });
  it('commission du titre de séjour: not in French Guiana or Mayotte (L435-1 al. 2)', () => {
    const ten = { ...p05, habitualResidenceSince: '2010-01-01' };
    expect(ev('ceseda-l435-1', { ...ten, postcode: '97300' }).warnings).not.toContain('commission-titre-de-sejour');
    expect(ev('ceseda-l435-1', { ...ten, postcode: '97600' }).warnings).not.toContain('commission-titre-de-sejour');
    expect(ev('ceseda-l435-1', { ...ten, postcode: '97400' }).warnings).toContain('commission-titre-de-sejour');
  });
  it('the circular\'s 7-year indication is a warning, never a condition', () => {
    const r = ev('ceseda-l435-1', p05);
    expect(r.status).toBe('possible');
    expect(r.warnings).toContain('below-seven-year-indication');
    expect(ev('ceseda-l435-1', { ...p05, habitualResidenceSince: '2019-11-22' }).warnings).not.toContain('below-seven-year-indication');
  });
});

describe('L435-4 and the Tunisian and Moroccan accords (TN-11, MA-4; corrected 2026-12-03)', () => {
  it('Moroccans and Tunisians: closed (the accord governs salaried work), with the verify note', () => {
    for (const nationality of ['moroccan', 'tunisian']) {
      const r = ev('ceseda-l435-4', { ...p05, nationality });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('open-to-nationality');
      expect(r.verifyNotes).toContain('accord-salaried-aes');
    }
  });
  it('other nationalities: the nationality ground is met and carries no note', () => {
    const r = ev('ceseda-l435-4', p05);
    expect(r.status).toBe('possible');
    expect(r.verifyNotes).not.toContain('accord-salaried-aes');
    expect(nodeStates(r.conditions).get('open-to-nationality')).toEqual(['met']);
  });
});

describe('L421-22 talent (famille)', () => {
  const met = { ...BASE, maritalStatus: 'married', polygamy: false, partnerHoldsTalentCard: true, entryVisa: 'long-stay', currentTitle: 'none' };
  it('met: the spouse of a talent-card holder who came with a long-stay visa', () => {
    expect(ev('ceseda-l421-22', met).status).toBe('eligible');
  });
  it('unmet: the spouse holds no talent card', () => {
    expect(ev('ceseda-l421-22', { ...met, partnerHoldsTalentCard: false }).reasons.map((x) => x.id)).toContain('spouse-holds-talent-card');
  });
  it('unknown: the spouse\'s card is not known yet', () => {
    const r = ev('ceseda-l421-22', { ...met, partnerHoldsTalentCard: 'dont-know' });
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('partnerHoldsTalentCard');
  });
  it('public order: possible with the warning', () => {
    const r = ev('ceseda-l421-22', { ...met, publicOrderConcern: true });
    expect(r.status).toBe('possible');
    expect(r.warnings).toContain('public-order');
  });
});
