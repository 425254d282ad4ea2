/**
 * Cross-cutting conditions, written once and shared by the cards (general-regime X1–X5,
 * DZ-0, EU-0). Each cites the article it applies.
 */
import { all, any, not, test, type Condition, type EvalContext } from './logic';
import type { Situation } from './situation';
import { atLeastYears, addMonths, addYears, fullYearsBetween, moreThanYears, type IsoDate } from './dates';
import { DATES } from './params';

// ── Small readers.

export const ageOn = (s: Situation, asOf: IsoDate): number | undefined =>
  typeof s.birthDate === 'string' && s.birthDate !== 'dont-know' ? fullYearsBetween(s.birthDate, asOf) : undefined;

/** Years since a date fact, for residence thresholds. */
export const yearsSince = (d: unknown, asOf: IsoDate): number =>
  typeof d === 'string' && d !== 'dont-know' ? fullYearsBetween(d, asOf) : 0;

export const holdsResidenceTitle = (s: Situation) =>
  s.currentTitle !== undefined && s.currentTitle !== 'dont-know' &&
  !['none', 'aps', 'recepisse', 'asylum-seeker-certificate'].includes(s.currentTitle);

/**
 * Lawful stay now: a residence title, an APS, or the récépissé of a first application, which keeps the stay lawful
 * (F-5; CE 11 Oct 2010 n° 331370). A renewal's récépissé is answered as the card being renewed (facts.ts).
 */
export const lawfulStayNow = (s: Situation) => holdsResidenceTitle(s) || s.currentTitle === 'aps' || s.currentTitle === 'recepisse';

// ── Regime routing (legal README rule 5): EU family → Livre II; Algerians → the accord; others → CESEDA Book IV.

/** The facts every regime gate ('applicable-regime') reads: until both are answered, the cards behind the gates are hidden. */
export const REGIME_GATE_FACTS = ['nationality', 'familyOfEuCitizen'] as const;

const notEuCitizen = test('not-eu-citizen', 'CESEDA L200-1', ['nationality'], (s) => s.nationality !== 'eu-eea-swiss');
const notEuFamily = test('not-family-of-eu-citizen', 'CESEDA L200-4', ['familyOfEuCitizen'], (s) => s.familyOfEuCitizen === false);

/** General regime: not Algerian (CE avis 22 Mar 2010 n° 333679: the accord governs), not EU family. */
export const generalRegime: Condition = all('applicable-regime', [
  notEuCitizen,
  test('not-algerian', 'CE avis 22 Mar 2010 n° 333679', ['nationality'], (s) => s.nationality !== 'algerian'),
  notEuFamily,
], { ref: 'CESEDA L110-1' });

/**
 * International protection (refugees, subsidiary protection, stateless persons) is not covered by
 * the Franco-Algerian accord: Algerians get the CESEDA protection cards (DZ-10, DZ-GEN).
 */
export const protectionRegime: Condition = all('applicable-regime', [notEuCitizen, notEuFamily], { ref: 'CESEDA L424-1' });

export const algerianRegime: Condition = all('applicable-regime', [
  test('nationality-algerian', 'AFA 1968', ['nationality'], (s) => s.nationality === 'algerian'),
  notEuFamily,
], { ref: 'AFA 1968' });

export const tunisianRegime: Condition = all('applicable-regime', [
  test('nationality-tunisian', 'AFT 1988', ['nationality'], (s) => s.nationality === 'tunisian'),
  notEuFamily,
], { ref: 'AFT 1988' });

export const moroccanRegime: Condition = all('applicable-regime', [
  test('nationality-moroccan', 'AFM 1987', ['nationality'], (s) => s.nationality === 'moroccan'),
  notEuFamily,
], { ref: 'AFM 1987' });

/** Livre II applies to a third-country family member of an EU/EEA/Swiss citizen, whatever the nationality. */
export const euFamilyRegime: Condition = all('applicable-regime', [
  notEuCitizen,
  test('family-of-eu-citizen', 'CESEDA L200-4', ['familyOfEuCitizen'], (s) => s.familyOfEuCitizen === true),
], { ref: 'CESEDA L200-4' });

// ── X1: entry and visa.

const LAWFUL_ENTRIES = ['long-stay', 'short-stay', 'visa-exempt'];
export const lawfulEntry = (ref: string): Condition =>
  test('lawful-entry', ref, ['entryVisa'], (s) => LAWFUL_ENTRIES.includes(String(s.entryVisa)));

/** L412-1: a first CST/CSP needs a long-stay visa (a validated VLS-TS counts). */
export const longStayVisa = (ref = 'CESEDA L412-1'): Condition =>
  any('long-stay-visa', [
    test('entered-with-long-stay-visa', ref, ['entryVisa'], (s) => s.entryVisa === 'long-stay'),
    test('holds-vls-ts', ref, ['currentTitle'], (s) => s.currentTitle === 'vls-ts'),
  ], { ref });

/**
 * L412-1 where the title needs a long-stay visa of its own kind: the VLS "visiteur" (O-1; AFA 7 a) with
 * art. 9, CAA Nantes 15NT00440) or "étudiant" (S-1). A long-stay visa issued for another purpose (say a
 * student visa of years ago) is not that visa; a VLS-TS counts when it was issued for the same purpose.
 */
export const longStayVisaFor = (purpose: 'visitor' | 'student', ref = 'CESEDA L412-1'): Condition =>
  any('long-stay-visa', [
    all('long-stay-visa-for-this-title', [
      test('entered-with-long-stay-visa', ref, ['entryVisa'], (s) => s.entryVisa === 'long-stay'),
      test('visa-issued-for-this-title', ref, ['longStayVisaPurpose'], (s) => s.longStayVisaPurpose === purpose),
    ], { ref }),
    all('vls-ts-for-this-title', [
      test('holds-vls-ts', ref, ['currentTitle'], (s) => s.currentTitle === 'vls-ts'),
      test('vls-ts-issued-for-this-title', ref, ['currentTitleGround'], (s) => s.currentTitleGround === purpose),
    ], { ref }),
  ], { ref });

/** A first application after entry without a title for over 3 months, or an irregular entry (L436-4). */
export function owesRegularisationVisa(s: Situation, asOf: IsoDate): boolean | 'unknown' {
  if (holdsResidenceTitle(s)) return false;
  if (s.entryVisa === 'no-visa') return true;
  if (s.entryVisa === undefined || s.entryVisa === 'dont-know') return 'unknown';
  if (typeof s.entryDate !== 'string' || s.entryDate === 'dont-know') return s.entryVisa === 'long-stay' ? false : 'unknown';
  const overThreeMonths = addMonths(s.entryDate, 3) < asOf;
  // X1 (general-regime.md; verified 2026-11-30): due after "> 3 months after entry without a title". Someone who
  // entered on a long-stay visa and holds no title now had one only while a VLS-TS ran, whose length is not asked:
  // the visa de régularisation may be due (shown as "maybe"), never certain.
  if (s.entryVisa === 'long-stay') return overThreeMonths ? 'unknown' : false;
  return overThreeMonths;
}

// ── Age and residence.

export const ageAtLeast = (id: string, ref: string, years: number): Condition =>
  test(id, ref, ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? -1) >= years);

export const habitualResidenceAtLeast = (id: string, ref: string, years: number, extra: { strictlyMore?: boolean } = {}): Condition =>
  test(id, ref, ['habitualResidenceSince'], (s, ctx) => {
    const since = s.habitualResidenceSince as IsoDate;
    return extra.strictlyMore ? addYears(since, years) < ctx.asOf : atLeastYears(since, ctx.asOf, years);
  });

export const lawfulResidenceAtLeast = (id: string, ref: string, years: number): Condition =>
  test(id, ref, ['lawfulResidenceSince'], (s, ctx) => atLeastYears(s.lawfulResidenceSince as IsoDate, ctx.asOf, years));

export const holdsTitle = (id: string, ref: string, titles: readonly string[]): Condition =>
  test(id, ref, ['currentTitle'], (s) => titles.includes(String(s.currentTitle)));

export const noValidTitle = (ref: string): Condition =>
  test('no-valid-title', ref, ['currentTitle'], (s) => !holdsResidenceTitle(s));

// ── Family.

export const marriedToFrench = (ref: string): Condition =>
  all('married-to-french-national', [
    test('is-married', ref, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    test('spouse-is-french', ref, ['partnerIsFrench'], (s) => s.partnerIsFrench === true),
  ], { ref });

/** A marriage celebrated abroad must be transcribed in the French registers (L423-1; AFA 6-2). */
export const marriageTranscribedIfAbroad = (ref: string): Condition =>
  any('marriage-transcribed-if-abroad', [
    test('married-in-france', ref, ['marriagePlace'], (s) => s.marriagePlace === 'france'),
    test('marriage-transcribed', ref, ['marriageTranscribed'], (s) => s.marriageTranscribed === true),
  ], { ref });

export const livingTogether = (ref: string): Condition =>
  test('living-together', ref, ['livingTogether'], (s) => s.livingTogether === true);

export const marriedForAtLeast = (id: string, ref: string, years: number): Condition =>
  test(id, ref, ['marriageDate'], (s, ctx) => atLeastYears(s.marriageDate as IsoDate, ctx.asOf, years));

/**
 * Outside the categories that open regroupement familial (AFA 6-5: "qui n'entre pas … dans celles qui
 * ouvrent droit au regroupement familial"; L423-23, VPF-7: "Cannot use RF? A spouse of a lawful resident
 * is usually excluded"): the spouse of a foreign national holding a title that can sponsor is not. The
 * spouse of a French national, an unmarried partner or a spouse whose partner has no title is outside (M).
 */
export const outsideFamilyReunification = (ref: string): Condition =>
  any('outside-family-reunification', [
    test('not-married', ref, ['maritalStatus'], (s) => s.maritalStatus !== 'married'),
    test('spouse-is-french', ref, ['partnerIsFrench'], (s) => s.partnerIsFrench === true),
    test('spouse-cannot-sponsor', ref, ['sponsorTitle'], (s) => s.sponsorTitle === 'none'),
  ], { ref, confidence: 'M' });

// ── X5: integration (CIR, French level, civic exam). Verified 2026-12-03 against general-regime.md X5 and X6.
//
// The A2 / B1 levels and the civic exam apply from 1 Jan 2026 (décret 2025-647), to FIRST issues only: the first
// CSP after a CST (L433-4) and the first resident card of L413-7 (L423-6, L423-10, L423-16, RLD-UE, L426-4).
// Renewals never carry them (service-public F39530, updated 30 Jan 2026: "les demandes de renouvellement ne le sont
// pas"): the renewal cards and branches simply do not include these nodes. Before 1 Jan 2026 none of them applies,
// for the CR as for the CSP (X5; legal README correction 8).
// Exemptions (X5 table): aged over 65, strictly ("plus de 65 ans"); 3 years of secondary school or 1 year of higher
// education in France (civic exam, CSP and CR: F39530, corrected 2026-12-03, H); disability or chronic illness on the
// official medical form (arrêtés of 30 Dec 2025, M). Refugees and subsidiary-protection holders are NOT exempt from the
// exam for a first RLD-UE card (L424-5, L424-14; F39530): no protection exemption exists in these nodes.

/** The 2026 levels and exams do not apply yet on this date (an application filed before 1 Jan 2026). */
const examsNotYetRequired = (ref: string): Condition =>
  test('integration-exams-not-yet-required', ref, [], (_s, ctx) => ctx.asOf < DATES.integrationExamsFrom);

/** "Âgé de plus de soixante-cinq ans": strictly after the 65th birthday (read like AFA 6-1 "plus de dix ans"). */
export const agedOver65 = (ref: string, extra: { confidence?: 'M' } = {}): Condition =>
  test('aged-over-65', ref, ['birthDate'], (s, ctx) => moreThanYears(s.birthDate as IsoDate, ctx.asOf, 65), extra);

/** Exempt on the official medical form (disability or chronic illness; arrêtés of 30 Dec 2025). */
const medicalExemption = (ref: string): Condition =>
  test('integration-medical-exemption', ref, ['integrationMedicalExemption'], (s) => s.integrationMedicalExemption === true, { confidence: 'M' });

/** 3 years of secondary school or 1 year of higher education in France: no civic exam, CSP and CR (F39530, H). */
const schoolingExemption = (ref: string): Condition =>
  test('schooled-in-france-exemption', ref, ['schooledInFrance'], (s) => s.schooledInFrance === true);

const AT_LEAST_A2: readonly string[] = ['a2', 'b1', 'b2-or-more'];
const AT_LEAST_B1: readonly string[] = ['b1', 'b2-or-more'];

/**
 * French B1 for a first resident card (L413-7, R413-15). No language condition over 65 (L413-7). The level read
 * comes first so that the person is asked it first (questions.ts asks an open "one of" in its order).
 */
export const frenchB1OrExempt: Condition = any('french-b1', [
  test('french-level-b1', 'CESEDA R413-15', ['frenchLevel'], (s) => AT_LEAST_B1.includes(String(s.frenchLevel))),
  agedOver65('CESEDA L413-7'),
  medicalExemption('CESEDA L413-7'),
  examsNotYetRequired('CESEDA L413-7'),
], { ref: 'CESEDA L413-7' });

/**
 * Civic exam, resident-card version (L413-7). The over-65 exemption for the CR exam rests on lawyers' and press
 * summaries (X5, M): shown in the volunteer trace only, as P18 expects ("not required", confidence medium).
 */
export const civicExamResidentOrExempt: Condition = any('civic-exam-resident', [
  test('civic-exam-passed', 'CESEDA L413-7', ['civicExamPassed'], (s) => s.civicExamPassed === true),
  agedOver65('CESEDA L413-7', { confidence: 'M' }),
  schoolingExemption('CESEDA L413-7'),
  medicalExemption('CESEDA L413-7'),
  examsNotYetRequired('CESEDA L413-7'),
], { ref: 'CESEDA L413-7' });

/** The mayor's opinion is asked by the préfecture (deemed favourable after 2 months). */
export const mayorOpinion: Condition = test('mayor-opinion', 'CESEDA L413-7', [], () => true, { assessedBy: 'prefet' });

/** First resident card under L413-7 (L423-6, L423-10, L423-16, L426-17, L426-4). */
export const residentCardIntegration: Condition = all('integration-l413-7', [frenchB1OrExempt, civicExamResidentOrExempt, mayorOpinion], { ref: 'CESEDA L413-7' });

/**
 * First multi-year card after a CST (L433-4): the CIR followed with assiduity (1°, in force before 2026 too), French
 * A2 (R433-5) and the civic exam, CSP version (L413-3), from 1 Jan 2026. The over-65 exemption covers the civic exam
 * only (F39530, M); there is no language exemption for the CSP in X5.
 */
export const multiYearCardIntegration: Condition = all('integration-l433-4', [
  test('cir-followed', 'CESEDA L433-4', ['cirFollowed'], (s) => s.cirFollowed === true),
  any('french-a2', [
    test('french-level-a2', 'CESEDA R433-5', ['frenchLevel'], (s) => AT_LEAST_A2.includes(String(s.frenchLevel))),
    medicalExemption('CESEDA R433-5'),
    examsNotYetRequired('CESEDA R433-5'),
  ], { ref: 'CESEDA R433-5' }),
  any('civic-exam-csp', [
    test('civic-exam-passed', 'CESEDA L413-3', ['civicExamPassed'], (s) => s.civicExamPassed === true),
    agedOver65('CESEDA L413-3', { confidence: 'M' }),
    schoolingExemption('CESEDA L413-3'),
    medicalExemption('CESEDA L413-3'),
    examsNotYetRequired('CESEDA L413-3'),
  ], { ref: 'CESEDA L413-3' }),
], { ref: 'CESEDA L433-4' });

/** Node ids a person can change by passing a test (projection: "pass A2 and the civic exam before …"). */
export const INTEGRATION_TEST_NODES = {
  'french-a2': 'french-level-a2',
  'french-b1': 'french-level-b1',
  'civic-exam-csp': 'civic-exam-passed',
  'civic-exam-resident': 'civic-exam-passed',
} as const;

// ── Subsidiarity (scenarios README): a gate card yields to the cards it lists.

export function noneProposed(id: string, ref: string, cardIds: readonly string[]): Condition {
  return test(id, ref, [], (_s, ctx: EvalContext) => cardIds.every((c) => {
    const st = ctx.statusOf(c);
    return st !== 'eligible' && st !== 'possible';
  }), { readsCards: cardIds });
}

export { all, any, not, test, DATES };
