/**
 * Issue 12 item 13 and general-regime.md X5 (corrected 2026-12-03): the A2 / B1 levels and the civic exam apply from
 * 1 Jan 2026, to first issues only, for the resident card as for the multi-year card. Exemptions: over 65 (strictly),
 * 3 years of secondary school or 1 year of higher education in France (civic exam, both cards), the medical exemption.
 * Refugees and subsidiary-protection holders take the exam for a first EU long-term resident card.
 * Also: the "what would change the outcome" path ("pass A2 and the civic exam before …").
 */
import { describe, expect, it } from 'vitest';
import { type CardResult, type Situation } from '../rules';
import { GENERAL_REGIME_PERSON, result as cardResult, without } from './helpers/card-cases';
import { traceNode } from './helpers/scenario';

const result = (s: Situation, id: string, asOf: string): CardResult => cardResult(id, s, asOf);
const value = (r: CardResult, id: string) => traceNode(r.conditions, id)?.value;
const reasons = (r: CardResult) => r.reasons.map((x) => x.id);
const NO_EXEMPTION = { schooledInFrance: false, integrationMedicalExemption: false } as const;

/** Spouse of a French national for 5 years, on a CST VPF, asking for the resident card (L423-6). A1 French, no exam. */
const SPOUSE_CR: Situation = {
  ...GENERAL_REGIME_PERSON, birthDate: '1985-01-10', maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2020-05-01',
  marriagePlace: 'france', livingTogether: true, currentTitle: 'cst-1-year', currentTitleGround: 'spouse-of-french', currentTitleExpiry: '2027-05-01',
  lawfulResidenceSince: '2020-06-01', frenchLevel: 'a1', civicExamPassed: false, ...NO_EXEMPTION,
};
/** Salarié CST holder asking for the first multi-year card (L433-4). */
const SALARIE_CSP: Situation = {
  ...GENERAL_REGIME_PERSON, birthDate: '1985-01-10', currentTitle: 'cst-1-year', currentTitleGround: 'employee', currentTitleExpiry: '2027-05-01',
  lawfulResidenceSince: '2024-05-01', employed: true, cirFollowed: true, frenchLevel: 'a1', civicExamPassed: false, ...NO_EXEMPTION,
};

describe('from 1 January 2026 only', () => {
  it('resident card: not required on 31 Dec 2025, required on 1 Jan 2026', () => {
    const before = result(SPOUSE_CR, 'ceseda-l423-6', '2025-12-31');
    expect(value(before, 'french-b1')).toBe('met');
    expect(value(before, 'civic-exam-resident')).toBe('met');
    const after = result(SPOUSE_CR, 'ceseda-l423-6', '2026-01-01');
    expect(after.status).toBe('not-eligible');
    expect(reasons(after)).toEqual(expect.arrayContaining(['french-b1', 'civic-exam-resident']));
  });
  it('multi-year card: not required on 31 Dec 2025, required on 1 Jan 2026', () => {
    expect(result(SALARIE_CSP, 'ceseda-l433-4-salarie', '2025-12-31').status).toBe('eligible');
    expect(reasons(result(SALARIE_CSP, 'ceseda-l433-4-salarie', '2026-01-01'))).toEqual(expect.arrayContaining(['french-a2', 'civic-exam-csp']));
  });
  it('the CIR is required for the first CSP before 2026 too (L433-4 1°)', () => {
    expect(reasons(result({ ...SALARIE_CSP, cirFollowed: false }, 'ceseda-l433-4-salarie', '2025-12-31'))).toContain('cir-followed');
  });
});

describe('over 65, strictly ("plus de 65 ans")', () => {
  const at65 = { ...SPOUSE_CR, birthDate: '1961-01-10' };
  it('on the 65th birthday: not exempt; the day after: no B1 and no civic exam for the resident card', () => {
    const onBirthday = result(at65, 'ceseda-l423-6', '2026-01-10');
    expect(value(onBirthday, 'aged-over-65')).toBe('unmet');
    expect(onBirthday.status).toBe('not-eligible');
    const dayAfter = result(at65, 'ceseda-l423-6', '2026-01-11');
    expect(value(dayAfter, 'french-b1')).toBe('met');
    expect(value(dayAfter, 'civic-exam-resident')).toBe('met');
    expect(dayAfter.status).toBe('possible'); // the mayor's opinion is the préfecture's
  });
  it('multi-year card over 65: the civic exam is waived, A2 is not (X5: no language exemption for the CSP)', () => {
    const r = result({ ...SALARIE_CSP, birthDate: '1955-01-10' }, 'ceseda-l433-4-salarie', '2026-11-22');
    expect(value(r, 'civic-exam-csp')).toBe('met');
    expect(reasons(r)).toContain('french-a2');
  });
  it('an unknown birth date leaves the exemption unknown, never no', () => {
    const r = result(without({ ...SPOUSE_CR, frenchLevel: 'dont-know' }, 'birthDate'), 'ceseda-l423-6', '2026-11-22');
    expect(value(r, 'french-b1')).toBe('unknown');
    expect(r.status).toBe('possible');
  });
});

describe('schooling in France and the medical exemption', () => {
  it('3 years of secondary school or 1 year of higher education in France: no civic exam, for the CR and the CSP; the language level stays', () => {
    const cr = result({ ...SPOUSE_CR, schooledInFrance: true }, 'ceseda-l423-6', '2026-11-22');
    expect(value(cr, 'civic-exam-resident')).toBe('met');
    expect(reasons(cr)).toContain('french-b1');
    const csp = result({ ...SALARIE_CSP, schooledInFrance: true }, 'ceseda-l433-4-salarie', '2026-11-22');
    expect(value(csp, 'civic-exam-csp')).toBe('met');
    expect(reasons(csp)).toContain('french-a2');
  });
  it('the medical exemption waives the language level and the civic exam', () => {
    const cr = result({ ...SPOUSE_CR, integrationMedicalExemption: true }, 'ceseda-l423-6', '2026-11-22');
    expect(value(cr, 'french-b1')).toBe('met');
    expect(value(cr, 'civic-exam-resident')).toBe('met');
    expect(result({ ...SALARIE_CSP, integrationMedicalExemption: true }, 'ceseda-l433-4-salarie', '2026-11-22').status).toBe('eligible');
  });
  it('an unanswered exemption keeps the card possible and is asked', () => {
    const r = result(without({ ...SALARIE_CSP, frenchLevel: 'a2' }, 'schooledInFrance'), 'ceseda-l433-4-salarie', '2026-11-22');
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('schooledInFrance');
  });
});

describe('refugees take the exam for a first EU long-term resident card', () => {
  it('L426-17 for a refugee with a resident card: B1 and the civic exam are required, and the CR itself renews without them', () => {
    const s: Situation = {
      ...GENERAL_REGIME_PERSON, birthDate: '1982-03-01', protectionStatus: 'refugee', currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-06-30',
      timeOutsideFrance: 'under-6-months-a-year', lawfulResidenceSince: '2017-06-30', absencesWithinLimits: true, onlyStudentTitles: false,
      stableResourcesAtLeastSmic: true, healthInsurance: true, frenchLevel: 'a2', civicExamPassed: false, ...NO_EXEMPTION,
    };
    const rld = result(s, 'ceseda-l426-17', '2026-11-22');
    expect(rld.status).toBe('not-eligible');
    expect(reasons(rld)).toEqual(expect.arrayContaining(['french-b1', 'civic-exam-resident']));
    // An application of its own, not tied to the renewal: the path names the tests without a date.
    expect(rld.integrationPath).toEqual({ tests: ['french-b1', 'civic-exam-resident'], ref: 'CESEDA L413-7' });
    expect(result(s, 'ceseda-l433-2', '2026-11-22').status).toBe('eligible');
  });
});

describe('L426-4: the permanent card is a first issue (B1 + civic exam), discretionary at the 1st renewal', () => {
  const CR: Situation = {
    ...GENERAL_REGIME_PERSON, birthDate: '1980-01-01', currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-05-01',
    timeOutsideFrance: 'under-6-months-a-year', frenchLevel: 'b1', civicExamPassed: true, residentCardRenewedBefore: false, ...NO_EXEMPTION,
  };
  it('1st renewal with B1 and the exam: possible (the préfet may refuse); 2nd renewal: the stage is met', () => {
    const first = result(CR, 'ceseda-l426-4', '2026-11-22');
    expect(first.status).toBe('possible');
    expect(value(first, 'renewal-stage')).toBe('unknown');
    expect(value(result({ ...CR, residentCardRenewedBefore: true }, 'ceseda-l426-4', '2026-11-22'), 'renewal-stage')).toBe('met');
  });
  it('with A1 French and no exam: not-eligible, and the way forward is B1 and the CR civic exam before the renewal deadline', () => {
    const r = result({ ...CR, frenchLevel: 'a1', civicExamPassed: false }, 'ceseda-l426-4', '2026-11-22');
    expect(r.status).toBe('not-eligible');
    expect(r.integrationPath).toEqual({ tests: ['french-b1', 'civic-exam-resident'], before: '2027-03-02', daysLeft: 100, ref: 'CESEDA L413-7' });
  });
  it('habitual residence is needed at the expiry of the card (L433-2, L433-3-1)', () => {
    expect(reasons(result({ ...CR, timeOutsideFrance: 'over-6-months-some-years' }, 'ceseda-l426-4', '2026-11-22'))).toContain('habitual-residence-in-france');
  });
});

describe('what would change the outcome', () => {
  it('only the tests missing: "pass A2 and the civic exam before" the last day to file the renewal', () => {
    const r = result(SALARIE_CSP, 'ceseda-l433-4-salarie', '2026-11-22');
    // A salarié card is renewed at the préfecture in the last 2 months (F-6): the last day is the end date.
    expect(r.integrationPath).toEqual({ tests: ['french-a2', 'civic-exam-csp'], before: '2027-05-01', daysLeft: 160, ref: 'CESEDA L433-4' });
  });
  it('not shown when something else is missing too, nor when the card is eligible', () => {
    expect(result({ ...SALARIE_CSP, cirFollowed: false }, 'ceseda-l433-4-salarie', '2026-11-22').integrationPath).toBeUndefined();
    expect(result({ ...SALARIE_CSP, frenchLevel: 'a2', civicExamPassed: true }, 'ceseda-l433-4-salarie', '2026-11-22').integrationPath).toBeUndefined();
  });
  it('only the civic exam missing: the path names it alone', () => {
    expect(result({ ...SALARIE_CSP, frenchLevel: 'b1' }, 'ceseda-l433-4-salarie', '2026-11-22').integrationPath?.tests).toEqual(['civic-exam-csp']);
  });
});
