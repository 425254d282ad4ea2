/**
 * Statutory durations and ages that a condition both tests and states (issue 16): "plus de 10 ans de résidence"
 * (AFA 6-1), "marié depuis au moins 3 ans" (L423-6), "moins de 21 ans" (AFA 7 bis b)… Each value is written once,
 * here, with the article that sets it; the condition reads `THRESHOLDS.<name>.value` and its sentence says
 * `{{<name>}}`, filled by locales/index.ts (`fillTextValues`) as a whole duration in the reader's language
 * ("10 ans", "10 سنوات", "سنتين", "۱۰ سال") through the plural forms `ui.duration.<unit>_<category>`. A sentence
 * whose grammar inflects the unit (Pashto "کلونو", Bengali "বছরের") writes `{{<name>:n}}` (the number alone, in
 * the language's digits) and keeps its own word. So a new value is one edit here and the six languages follow;
 * text and code cannot disagree (tests/thresholds-text.test.ts).
 *
 * Not dated: these values have no known change date (unlike rules/params.ts amounts). When an article changes one
 * on a date, it moves to params.ts as a dated step and its sentences lose the number (params.ts TEXT_VALUES).
 *
 * rules/threshold-texts.ts lists the locale keys whose sentence states each value (read by tests only, so the
 * pages' scripts do not carry that list). A value shared by several articles (`refs`) stays one
 * entry only while their texts agree; when one changes, split the entry and give that card its own sentence
 * (`cards.<id>.conditions.<nodeId>`).
 */
import type { ArticleRef } from './references';

export type ThresholdUnit = 'years' | 'months';

export interface Threshold {
  value: number;
  /** An age is a number of years. */
  unit: ThresholdUnit;
  refs: readonly ArticleRef[];
}

export const THRESHOLDS = {
  // ── Residence (years).
  /** AFA 6-1: "depuis plus de dix ans" (strictly more). */
  dzResidenceYears: {
    value: 10, unit: 'years', refs: ['AFA 6-1'],
  },
  /** AFA 6-1: "ou plus de quinze ans si, au cours de cette période, il a séjourné en qualité d'étudiant". */
  dzResidenceAsStudentYears: {
    value: 15, unit: 'years', refs: ['AFA 6-1'],
  },
  /** AFA 6-6: born in France, resident there continuously for 8 years. */
  dzBornInFranceResidenceYears: { value: 8, unit: 'years', refs: ['AFA 6-6'] },
  /** L423-13 (VPF-8): resided in France at least 8 years continuously (not "since age 8"); also derived from the residence history. */
  bornInFranceResidenceYears: {
    value: 8, unit: 'years', refs: ['CESEDA L423-13'],
  },
  /** L425-9 (VPF-14): "résidant habituellement en France", about a year in practice; below it the APS for care (APS-2) is the referral. */
  sickForeignerResidenceYears: { value: 1, unit: 'years', refs: ['CESEDA L425-9'] },
  /** Three years of lawful stay before the resident card (L423-6, L423-16; AFT 3; AFM 3). */
  residentCardLawfulYears: {
    value: 3, unit: 'years', refs: ['CESEDA L423-6', 'CESEDA L423-16', 'AFT 3', 'AFM 3'],
  },
  /** Five years of lawful stay (L426-17 long-term resident; AFT 10 1; AFA 7 bis h). */
  longLawfulResidenceYears: {
    value: 5, unit: 'years', refs: ['CESEDA L426-17', 'AFT 10', 'AFA 7bis-h'],
  },
  /** L424-21: a stateless person's resident card after 4 years of lawful stay. */
  statelessResidentCardLawfulYears: { value: 4, unit: 'years', refs: ['CESEDA L424-21'] },
  /** L433-4: "à l'issue d'une première année de séjour régulier". */
  multiYearCardLawfulYears: { value: 1, unit: 'years', refs: ['CESEDA L433-4'] },
  /** AFA 7 bis (discretionary 10-year certificat): 3 years of uninterrupted lawful residence. */
  dzTenYearDiscretionaryYears: {
    value: 3, unit: 'years', refs: ['AFA 7bis'],
  },
  /** AFA 7 bis f: "en situation régulière depuis plus de dix ans" (strictly more). */
  dzLawfulStayYears: {
    value: 10, unit: 'years', refs: ['AFA 7bis-f'],
  },
  /** L435-4: 3 years of uninterrupted residence, student, seasonal, asylum and self-employed periods not counted. */
  shortageOccupationResidenceYears: {
    value: 3, unit: 'years', refs: ['CESEDA L435-4'],
  },
  /** L234-1: permanent right after 5 years of lawful residence as a family member. */
  euPermanentResidenceYears: { value: 5, unit: 'years', refs: ['CESEDA L234-1'] },
  /** R233-9: at least 1 year of the marriage spent in France (the 3 years before the proceedings are the fact's). */
  euRetainedMarriageInFranceYears: { value: 1, unit: 'years', refs: ['CESEDA R233-9'] },

  // ── Marriage and life together.
  /** AFA 7 bis a; AFT 10 1 a: married to a French national for at least a year. */
  accordSpouseMarriageYears: {
    value: 1, unit: 'years', refs: ['AFA 7bis-a', 'AFT 10'],
  },
  /** L423-6: married for at least 3 years. */
  residentSpouseMarriageYears: { value: 3, unit: 'years', refs: ['CESEDA L423-6'] },
  /** L424-3 2°, L424-11 2°, L424-19 2°: married or partnered after the claim for at least a year. */
  protectedPersonUnionYears: {
    value: 1, unit: 'years', refs: ['CESEDA L424-3', 'CESEDA L424-11', 'CESEDA L424-19'],
  },
  /** L423-2: 6 months of life together in France. */
  lifeTogetherInFranceMonths: { value: 6, unit: 'months', refs: ['CESEDA L423-2'] },
  /** L200-5 3°: a PACS partner with 1 year together (administrative practice, not a text). */
  euPartnerTogetherYears: { value: 1, unit: 'years', refs: ['CESEDA L200-5'] },
  /** L200-5 3°: a lasting relationship, 5 years "sauf exceptions" (circulaire 10 Sep 2010). */
  euUnmarriedPartnerYears: { value: 5, unit: 'years', refs: ['CESEDA L200-5'] },
  /** L423-10: holding the "parent d'enfant français" card for 3 years. */
  parentCardHeldYears: { value: 3, unit: 'years', refs: ['CESEDA L423-10'] },
  /** L423-7: contributing to the child since birth or for at least 2 years. */
  parentSupportYears: { value: 2, unit: 'years', refs: ['CESEDA L423-7'] },
  /** AFA 6-4: meeting the child's needs since birth or for at least a year. */
  dzParentSupportYears: {
    value: 1, unit: 'years', refs: ['AFA 6-4'],
  },

  // ── Ages (years).
  /** The French child is a minor, under 18 (L423-7; AFA 6-4). */
  minorChildAgeBelow: { value: 18, unit: 'years', refs: ['CESEDA L423-7', 'AFA 6-4'] },
  /** AFA 6-6 (DZ-6.6, M: the age window comes from service-public copies): applying between 16 and 21 inclusive. */
  dzBornInFranceMinAge: { value: 16, unit: 'years', refs: ['AFA 6-6'] },
  dzBornInFranceMaxAge: { value: 21, unit: 'years', refs: ['AFA 6-6'] },
  /** AFA 7 bis b: a child of a French national under 21 (or dependent). */
  dzChildOfFrenchAgeBelow: {
    value: 21, unit: 'years', refs: ['AFA 7bis-b'],
  },
  /** L423-12: the child of a French national aged 18 to 21 (or dependent). */
  childOfFrenchMinAge: { value: 18, unit: 'years', refs: ['CESEDA L423-12'] },
  childOfFrenchAgeBelow: { value: 21, unit: 'years', refs: ['CESEDA L423-12'] },
  /** L423-13 (VPF-8): applying between 16 and 21 (the code reads "before the 21st birthday", the deadline it shows). */
  bornInFranceMinAge: { value: 16, unit: 'years', refs: ['CESEDA L423-13'] },
  bornInFranceAgeBelow: { value: 21, unit: 'years', refs: ['CESEDA L423-13'] },
  /** L424-3 2°, L424-11 2°, L424-19 2°: the spouse or partner "âgé d'au moins dix-huit ans". */
  protectedSpouseMinAge: { value: 18, unit: 'years', refs: ['CESEDA L424-3', 'CESEDA L424-11', 'CESEDA L424-19'] },
  /** L426-4: "âgé de plus de soixante ans" (strictly after the birthday, as L413-7): the permanent card without asking. */
  permanentResidentAge: { value: 60, unit: 'years', refs: ['CESEDA L426-4'] },
  /** L413-7: no language condition "âgé de plus de soixante-cinq ans" (strictly after the birthday). */
  integrationExemptAge: { value: 65, unit: 'years', refs: ['CESEDA L413-7'] },
  /** L426-22 (R426-13): an au pair aged 18 to 30. */
  auPairMinAge: { value: 18, unit: 'years', refs: ['CESEDA L426-22'] },
  auPairMaxAge: { value: 30, unit: 'years', refs: ['CESEDA L426-22'] },
} as const satisfies Record<string, Threshold>;

export type ThresholdName = keyof typeof THRESHOLDS;

/** The value a condition tests: `T.dzResidenceYears` reads THRESHOLDS.dzResidenceYears.value. */
export const T = Object.fromEntries(Object.entries(THRESHOLDS).map(([k, v]) => [k, v.value])) as { readonly [K in ThresholdName]: number };
