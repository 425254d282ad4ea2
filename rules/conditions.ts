/**
 * Cross-cutting conditions, written once and shared by the cards (general-regime X1–X5,
 * DZ-0, EU-0). Each cites the article it applies.
 */
import type { ArticleRef } from './references';
import { all, any, evaluateCondition, not, test, type Condition, type EvalContext, type TestOutcome } from './logic';
import type { Card, CardId, DocumentSpec } from './card';
import type { Situation } from './situation';
import { atLeastYears, addMonths, addYears, fullYearsBetween, moreThanYears, type IsoDate } from './dates';
import { DATES } from './params';
import { categoryConditions } from './renewals';
import { T } from './thresholds';

// ── Small readers.

export const ageOn = (s: Situation, asOf: IsoDate): number | undefined =>
  typeof s.birthDate === 'string' && s.birthDate !== 'dont-know' ? fullYearsBetween(s.birthDate, asOf) : undefined;

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

/** The EU-family cards (rules/cards/eu-family), by id: conditions.ts imports no card. */
export const EU_FAMILY_CARD_IDS = ['eu-family-core', 'eu-family-other', 'eu-family-retained', 'eu-family-permanent'] as const;
/** Those of them that are plein droit (the "other family member" card is examined, "peut être délivrée"). */
export const EU_FAMILY_PLEIN_DROIT_IDS: readonly CardId[] = ['eu-family-core', 'eu-family-retained', 'eu-family-permanent'];

/** What the fallback reads of the EU cards already evaluated (EvalContext provides it). */
export type EuCardReader = Pick<EvalContext, 'statusOf' | 'conditionsOf'>;

/**
 * Whether the national regimes (general regime, Algerian, Tunisian, Moroccan accords) apply to a
 * family member of an EU/EEA/Swiss citizen. EU rules come first; when the EU right fails (the
 * citizen has no right of residence, the link is not covered, the right was not kept after a
 * divorce or a death), the person falls back on the general regime or their accord, which stay
 * open when more favourable (Directive 2004/38 art. 37; CJUE 16 Jul 2015, C-218/14 Singh;
 * eu-family.md flow step 4; DZ-GEN for Algerians; legal README corrections 6 and 9 of 2026-12-03).
 * Scenarios README "Regime fallback": closed when an EU card is eligible, unknown while one is
 * possible and none eligible (an unknown never becomes a no), open once every EU card is
 * not-eligible. Closing them while the EU right holds is this tool's convention (the person needs
 * nothing more), not a rule of law.
 * One reading of ours: a plein-droit EU card whose conditions are all met holds the right even while
 * a reservation (public order, a pending removal order) is unanswered or open. Those points bar every
 * regime alike, and the EU public-policy test is the stricter one for the State, so they do not open
 * the national regimes; otherwise the whole general questionnaire would be asked of an EU spouse
 * before the public-order question, which comes last.
 * The EU cards are first in the catalogue and have no `dependsOn`, so they are evaluated before every
 * card this gate guards; a status not yet known counts as open to doubt (unknown), never as a failure.
 */
export function nationalRegimesApply(s: Situation, read: EuCardReader): TestOutcome {
  if (s.familyOfEuCitizen === false) return true;
  if (s.familyOfEuCitizen !== true) return 'unknown';
  const holds = (id: CardId) => {
    const status = read.statusOf(id);
    return status === 'eligible' || (status === 'possible' && EU_FAMILY_PLEIN_DROIT_IDS.includes(id) && read.conditionsOf?.(id) === 'met');
  };
  if (EU_FAMILY_CARD_IDS.some(holds)) return false;
  return EU_FAMILY_CARD_IDS.every((id) => read.statusOf(id) === 'not-eligible') ? true : 'unknown';
}

const noEuFamilyRight = test('no-eu-family-right', 'Directive 2004/38 art. 37', ['familyOfEuCitizen'],
  (s, ctx) => nationalRegimesApply(s, ctx), { readsCards: EU_FAMILY_CARD_IDS });

/** General regime: not Algerian (CE avis 22 Mar 2010 n° 333679: the accord governs), no EU-family right. */
export const generalRegime: Condition = all('applicable-regime', [
  notEuCitizen,
  test('not-algerian', 'CE avis 22 Mar 2010 n° 333679', ['nationality'], (s) => s.nationality !== 'algerian'),
  noEuFamilyRight,
], { ref: 'CESEDA L110-1' });

/**
 * International protection (refugees, subsidiary protection, stateless persons) is not covered by
 * the Franco-Algerian accord: Algerians get the CESEDA protection cards (DZ-10, DZ-GEN).
 */
export const protectionRegime: Condition = all('applicable-regime', [notEuCitizen, noEuFamilyRight], { ref: 'CESEDA L424-1' });

export const algerianRegime: Condition = all('applicable-regime', [
  test('nationality-algerian', 'AFA 1968', ['nationality'], (s) => s.nationality === 'algerian'),
  // DZ-GEN: for an Algerian family member of an EU citizen, EU rules first; the accord is the national regime when they fail.
  noEuFamilyRight,
], { ref: 'AFA 1968' });

export const tunisianRegime: Condition = all('applicable-regime', [
  test('nationality-tunisian', 'AFT 1988', ['nationality'], (s) => s.nationality === 'tunisian'),
  noEuFamilyRight,
], { ref: 'AFT 1988' });

export const moroccanRegime: Condition = all('applicable-regime', [
  test('nationality-moroccan', 'AFM 1987', ['nationality'], (s) => s.nationality === 'moroccan'),
  noEuFamilyRight,
], { ref: 'AFM 1987' });

/** Livre II applies to a third-country family member of an EU/EEA/Swiss citizen, whatever the nationality. */
export const euFamilyRegime: Condition = all('applicable-regime', [
  notEuCitizen,
  test('family-of-eu-citizen', 'CESEDA L200-4', ['familyOfEuCitizen'], (s) => s.familyOfEuCitizen === true),
], { ref: 'CESEDA L200-4' });

// ── X1: entry and visa.

const LAWFUL_ENTRIES = ['long-stay', 'short-stay', 'visa-exempt'];
export const lawfulEntry = (ref: ArticleRef): Condition =>
  test('lawful-entry', ref, ['entryVisa'], (s) => LAWFUL_ENTRIES.includes(String(s.entryVisa)));

/** L412-1: a first CST/CSP needs a long-stay visa (a validated VLS-TS counts). */
export const longStayVisa = (ref: ArticleRef = 'CESEDA L412-1'): Condition =>
  any('long-stay-visa', [
    test('entered-with-long-stay-visa', ref, ['entryVisa'], (s) => s.entryVisa === 'long-stay'),
    test('holds-vls-ts', ref, ['currentTitle'], (s) => s.currentTitle === 'vls-ts'),
  ], { ref });

/**
 * L412-1 where the title needs a long-stay visa of its own kind: the VLS "visiteur" (O-1; AFA 7 a) with
 * art. 9, CAA Nantes 15NT00440) or "étudiant" (S-1). A long-stay visa issued for another purpose (say a
 * student visa of years ago) is not that visa; a VLS-TS counts when it was issued for the same purpose.
 */
export const longStayVisaFor = (purpose: 'visitor' | 'student', ref: ArticleRef = 'CESEDA L412-1'): Condition =>
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

export const ageAtLeast = (id: string, ref: ArticleRef, years: number): Condition =>
  test(id, ref, ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? -1) >= years);

/**
 * Living in France "depuis qu'il a atteint au plus l'âge de N ans" (L423-21 with 13; AFA 7 bis e and AFT 7 ter b with
 * 10). Before the 1 May 2021 renumbering the code read 13 as "on or before the 13th birthday" and the accords' 10 as
 * "before the 11th birthday": the same words, two readings, and legal/ (VPF-5 "since age 13 at the latest", DZ-10e
 * "since age 10 at most") does not settle it. So: on or before the Nth birthday is met; after the (N+1)th birthday is
 * unmet; in the year between, the text is open and the condition stays unknown, with a note to check the reading
 * (never a firm yes that may be wrong, never a hidden route).
 */
export const livingInFranceSinceAgeAtMost = (id: string, ref: ArticleRef, age: number): Condition =>
  test(id, ref, ['habitualResidenceSince', 'birthDate'], (s) => {
    const since = s.habitualResidenceSince as IsoDate;
    const birth = s.birthDate as IsoDate;
    if (since <= addYears(birth, age)) return true;
    return since < addYears(birth, age + 1) ? 'unknown' : false;
  }, { verifyWhenUndecided: 'age-at-most-reading' });

export const habitualResidenceAtLeast = (id: string, ref: ArticleRef, years: number, extra: { strictlyMore?: boolean } = {}): Condition =>
  test(id, ref, ['habitualResidenceSince'], (s, ctx) => {
    const since = s.habitualResidenceSince as IsoDate;
    return extra.strictlyMore ? addYears(since, years) < ctx.asOf : atLeastYears(since, ctx.asOf, years);
  });

export const lawfulResidenceAtLeast = (id: string, ref: ArticleRef, years: number): Condition =>
  test(id, ref, ['lawfulResidenceSince'], (s, ctx) => atLeastYears(s.lawfulResidenceSince as IsoDate, ctx.asOf, years));

export const noValidTitle = (ref: ArticleRef): Condition =>
  test('no-valid-title', ref, ['currentTitle'], (s) => !holdsResidenceTitle(s));

// ── Family.

export const marriedToFrench = (ref: ArticleRef): Condition =>
  all('married-to-french-national', [
    test('is-married', ref, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    test('spouse-is-french', ref, ['partnerIsFrench'], (s) => s.partnerIsFrench === true),
  ], { ref });

/** A marriage celebrated abroad must be transcribed in the French registers (L423-1; AFA 6-2). */
export const marriageTranscribedIfAbroad = (ref: ArticleRef): Condition =>
  any('marriage-transcribed-if-abroad', [
    test('married-in-france', ref, ['marriagePlace'], (s) => s.marriagePlace === 'france'),
    test('marriage-transcribed', ref, ['marriageTranscribed'], (s) => s.marriageTranscribed === true),
  ], { ref });

export const livingTogether = (ref: ArticleRef): Condition =>
  test('living-together', ref, ['livingTogether'], (s) => s.livingTogether === true);

export const marriedForAtLeast = (id: string, ref: ArticleRef, years: number): Condition =>
  test(id, ref, ['marriageDate'], (s, ctx) => atLeastYears(s.marriageDate as IsoDate, ctx.asOf, years));

/**
 * The proof of the conditions above (L423-1, L423-6, L433-4; AFA 6-2, 7 bis a); AFT 10): the French marriage
 * certificate, or its transcription for a marriage abroad, and the spouse's French nationality.
 */
export const MARRIAGE_TO_FRENCH_DOCUMENTS: readonly DocumentSpec[] = [
  { id: 'marriage-certificate-french', when: (s) => s.marriagePlace !== 'abroad' },
  { id: 'marriage-transcription', when: (s) => s.marriagePlace === 'abroad' },
  'spouse-french-nationality-proof',
];

/** With the proof of life together, where the card requires it (L423-1, L423-6, L433-4; AFA 7 bis a); AFT 10). */
export const SPOUSE_OF_FRENCH_DOCUMENTS: readonly DocumentSpec[] = [...MARRIAGE_TO_FRENCH_DOCUMENTS, 'proof-of-life-together'];

/**
 * Outside the categories that open regroupement familial (L423-23 and AFA 6-5: "qui n'entre pas … dans
 * celles qui ouvrent droit au regroupement familial"; scenarios README, subsidiarity, condition id
 * `cannot-use-regroupement-familial`): the spouse of a foreign national who holds a CST, CSP or CR and
 * lives in France could be brought in by regroupement familial (L434-1; AFA art. 4 for Algerians). The
 * fact is the sponsor's title. The spouse of a French national, an unmarried partner, or a spouse whose
 * partner holds no title is outside. (A minor child of such a holder needs no title of their own, L411-1.)
 * Reading the category as the spouse's title alone, not the sponsor's resources and housing: M.
 */
export const cannotUseFamilyReunification = (ref: ArticleRef): Condition =>
  any('cannot-use-regroupement-familial', [
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
const examsNotYetRequired = (ref: ArticleRef): Condition =>
  test('integration-exams-not-yet-required', ref, [], (_s, ctx) => ctx.asOf < DATES.integrationExamsFrom);

/** "Âgé de plus de soixante-cinq ans": strictly after the 65th birthday (read like AFA 6-1 "plus de dix ans"). */
export const agedOver65 = (ref: ArticleRef, extra: { confidence?: 'M' } = {}): Condition =>
  test('aged-over-65', ref, ['birthDate'], (s, ctx) => moreThanYears(s.birthDate as IsoDate, ctx.asOf, T.integrationExemptAge), extra);

/** Exempt on the official medical form (disability or chronic illness; arrêtés of 30 Dec 2025). */
const medicalExemption = (ref: ArticleRef): Condition =>
  test('integration-medical-exemption', ref, ['integrationMedicalExemption'], (s) => s.integrationMedicalExemption === true, { confidence: 'M' });

/** 3 years of secondary school or 1 year of higher education in France: no civic exam, CSP and CR (F39530, H). */
const schoolingExemption = (ref: ArticleRef): Condition =>
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

/**
 * The two medical points of L425-9 (and L425-10 for the child, AFA 6-7) are for the OFII college of doctors
 * (R425-11 to R425-13; F-3): "unknown, assessed by OFII" until the person reports the college's opinion. The
 * opinion covers both points at once; the préfet departs from it only with specific reasons, so a favourable
 * opinion makes both met and an unfavourable one both unmet (scenarios README, case-by-case routes).
 */
export const ofiiCollege = {
  assessedBy: 'ofii',
  decision: {
    fact: 'ofiiOpinion',
    outcome: (s: Situation) => (s.ofiiOpinion === 'favourable' ? true : s.ofiiOpinion === 'unfavourable' ? false : undefined),
  },
} as const;

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

// ── Subsidiarity (scenarios README, revised 2026-12-03: it follows each article's text).

/**
 * "N'entre pas dans les catégories prévues aux articles …" (L423-23; AFA 6-5 "les catégories précédentes"):
 * unmet when one of the listed cards has all its own conditions met, a point the préfet (or OFII)
 * assesses counting as met (it is the same assessment); unknown while such a card waits on unknown facts
 * (an unknown never becomes a no); met otherwise. Reading "entre dans la catégorie" as "meets that card's
 * conditions" is an interpretation (confidence M): the node carries a verify note. Reservations (public
 * order, polygamy) are not conditions of the card and play no part here.
 */
export function outsideListedCategories(id: string, ref: ArticleRef, cards: readonly Card[]): Condition {
  return test(id, ref, [], (s, ctx: EvalContext) => {
    let unknown = false;
    for (const card of cards) {
      // A renewal of the listed card: its entry conditions were checked at the first card (renewals.ts, X6).
      const v = evaluateCondition(categoryConditions(card, s), s, ctx, { assessedAsMet: true }).value;
      if (v === 'met') return false;
      if (v === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : true;
  }, { readsCards: cards.map((c) => c.id), verify: 'listed-category-reading', confidence: 'M' });
}

export { all, any, not, test, DATES };
