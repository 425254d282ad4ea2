/**
 * The fact registry: every answer the rules may use, defined once.
 *
 * Each fact has its zod type (the Situation schema is built from these), the kind
 * of input the wizard shows, the chapter it belongs to and whether "I don't know"
 * is an honest answer. Absent = not answered yet; "dont-know" = answered "I don't
 * know". Both evaluate as unknown, never as no.
 *
 * Question wording lives in locales/<lang>/facts.json under the same id.
 */
import * as z from 'zod/mini';

export const DONT_KNOW = 'dont-know' as const;

/**
 * A full date, or a date known only to the year ("2015") or to the month ("2015-03"): a person often
 * knows no more, and a made-up day could turn an unknown into a no (issue 12 item 14; partial-dates.ts).
 */
const isoDate = () => z.union([z.iso.date(), z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/))]);
const yesNo = () => z.boolean();
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
const amount = (max: number) => z.number().check(z.minimum(0), z.maximum(max));

/** Chapters, in the order the wizard walks them (at most 8 in the step indicator). */
export const CHAPTERS = ['urgent', 'you', 'stay', 'family', 'health', 'work-study', 'integration', 'filing'] as const;
export type Chapter = (typeof CHAPTERS)[number];

type Input =
  | { kind: 'yes-no' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'date' }
  | { kind: 'number'; min: number; max: number; step?: number }
  | { kind: 'postcode' };

interface FactSpec<S extends z.ZodMiniType> {
  schema: S;
  input: Input;
  chapter: Chapter;
  dontKnow: boolean;
}

function fact<S extends z.ZodMiniType>(schema: S, input: Input, chapter: Chapter, dontKnow = true): FactSpec<S> {
  return { schema, input, chapter, dontKnow };
}
function choice<const T extends readonly [string, ...string[]]>(chapter: Chapter, options: T, dontKnow = true) {
  return fact(z.enum(options), { kind: 'choice', options }, chapter, dontKnow);
}
const bool = (chapter: Chapter, dontKnow = true) => fact(yesNo(), { kind: 'yes-no' }, chapter, dontKnow);
const date = (chapter: Chapter, dontKnow = true) => fact(isoDate(), { kind: 'date' }, chapter, dontKnow);
const num = (chapter: Chapter, max: number, integer = true, dontKnow = true) =>
  fact(integer ? count(max) : amount(max), { kind: 'number', min: 0, max }, chapter, dontKnow);

/** The titles a person may hold now, and their grounds (also the kinds of a dated history period: residence-periods.ts). */
export const TITLES_HELD = [
  'none', 'vls-ts', 'cst-1-year', 'multi-year-card', 'resident-card-10-years',
  'algerian-certificate-1-year', 'algerian-certificate-10-years', 'aps', 'recepisse', 'asylum-seeker-certificate',
] as const;
export const TITLE_GROUNDS = [
  'employee', 'temporary-worker', 'student', 'visitor', 'spouse-of-french', 'parent-of-french-child',
  'family-ties', 'family-reunification', 'health', 'protection', 'talent', 'other',
] as const;

/**
 * The order of this object IS the question order (rules/questions.ts explains why):
 * red flags first, then what decides the regime, then status, family, health,
 * work and study, integration, and the place of filing last.
 */
export const FACTS = {
  // ── Urgent: removal decisions come before everything (F-10; legal README rule 6).
  removalOrder: choice('urgent', ['none', 'oqtf', 'other-removal'] as const),
  removalOrderNotifiedOn: date('urgent'),
  // "I don't know" allowed (issue 12 item 8): a relative or a volunteer may not know; the alert then gives every deadline (F-10).
  detention: choice('urgent', ['free', 'house-arrest-or-prison', 'retention'] as const),
  dublinProcedure: bool('urgent'),
  refusalPending: bool('urgent'),

  // ── You: nationality routes the regime (legal README rule 5).
  nationality: choice('you', ['algerian', 'tunisian', 'moroccan', 'eu-eea-swiss', 'british', 'other'] as const, false),
  // "I don't know" allowed (issue 12 item 14): whether a relative has an EU/EEA/Swiss nationality is not always known.
  familyOfEuCitizen: bool('you'),
  // EU-0 (L233-1, R233-1, R233-7): genuine and effective work, a jobseeker keeping worker status, an
  // inactive person with resources and sickness insurance, a student, a first-job seeker (not covered by
  // the reference), or none of these ('other': no right of residence).
  euCitizenActivity: choice('you', ['worker', 'self-employed', 'jobseeker-kept-worker-status', 'student', 'inactive-with-resources', 'jobseeker', 'other'] as const),
  euRelationship: choice('you', [
    'spouse', 'child-under-21', 'child-dependent', 'parent-dependent',
    'registered-partner', 'unmarried-partner', 'other-dependent-relative', 'relative-needing-care',
  ] as const, false),
  // 'separated': living apart, not divorced; a spouse keeps the core-family right until the divorce (Diatta).
  euSpouseStatus: choice('you', ['together', 'separated', 'divorced', 'citizen-died', 'citizen-left'] as const),
  euFamilyResidenceYears: num('you', 60),
  // EU-5: continuity for permanent residence (R234-3: 6 months a year, one 12-month absence for an
  // important reason) and its loss after more than 2 consecutive years away (L234-2). Not the
  // general-regime absence rule of absencesWithinLimits.
  euAbsencesWithinLimits: bool('you'),
  // EU-4 (R233-9, R233-10): custody or access rights to the citizen's child; marriage length before divorce proceedings.
  euChildCustody: choice('you', ['custody', 'access-rights-in-france', 'none'] as const),
  marriage3YearsBeforeProceedings: bool('you'),
  // EU-4 (R233-9): particularly difficult circumstances during the marriage, such as domestic violence.
  euDifficultCircumstances: bool('you'),
  // EU-4 (R233-9, R233-1): for the retained right, own resources at least the RSA amount (never more is
  // required), or being the family member of a worker or self-sufficient person.
  euOwnResourcesAtLeastRsa: bool('you'),
  euFamilyOfSelfSufficientPerson: bool('you'),
  birthDate: date('you', false),

  // ── Stay: the title held now comes first (X6: "every tool must know the title held now before it can say what
  // comes next"). A renewal is not a first issue: once a holder has said which card they hold, the entry questions
  // below are asked only when a card that could still change the answer needs them (rules/renewals.ts).
  // A récépissé of a renewal is not a title of its own: the person chooses the card being renewed (hint).
  currentTitle: choice('stay', TITLES_HELD),
  currentTitleGround: choice('stay', TITLE_GROUNDS),
  currentTitleExpiry: date('stay'),
  // First card on this ground, in an unbroken run of cards (CST then CSP included): L423-10 counts 3 years from it.
  currentTitleFirstIssuedOn: date('stay'),
  // Consecutive renewals of the card held, with the same mention: L433-1-1 caps a CST at 3 for people bound by the CIR.
  currentTitleRenewals: num('stay', 30),
  // Habitual residence at renewal (L433-3-1: ≥ 6 months a year in France over the last 3 years, M) and the lapse of a
  // resident card or Algerian certificat after 3 consecutive years abroad (L411-5; AFA art. 8, DZ-10L).
  timeOutsideFrance: choice('stay', ['under-6-months-a-year', 'over-6-months-some-years', 'over-3-years-in-a-row'] as const),
  // Entry (X1): first-issue questions.
  entryDate: date('stay'),
  entryVisa: choice('stay', ['long-stay', 'short-stay', 'visa-exempt', 'no-visa'] as const),
  longStayVisaPurpose: choice('stay', ['spouse-of-french', 'student', 'employee', 'visitor', 'family-reunification', 'other'] as const),
  lawfulResidenceSince: date('stay'),
  onlyStudentTitles: bool('stay'),
  // AFA 6-1: any stay as a student raises the threshold from 10 to 15 years.
  stayedAsStudent: bool('stay'),
  // AFA 7 ter (retraité): lived in France under a 10-year certificat.
  heldTenYearTitle: bool('stay'),
  habitualResidenceSince: date('stay'),
  absencesWithinLimits: bool('stay'),
  // L435-4 (AES-4): time as a student, seasonal worker or asylum seeker, or self-employed, during the present residence.
  excludedWorkPeriods: bool('stay'),
  // L435-4 (AES-4): whole years of the present residence outside those periods (they do not count toward the 3 years).
  countableResidenceYears: num('stay', 80),
  // Seasonal workers (L421-34): main home outside France, at most 6 months a year here.
  mainHomeAbroad: bool('stay'),
  protectionStatus: choice('stay', ['none', 'asylum-seeker', 'refugee', 'subsidiary-protection', 'stateless'] as const),
  familyOfProtected: choice('stay', ['none', 'spouse-by-reunification', 'spouse-married-after-claim', 'child-turning-18', 'parent-of-minor-refugee'] as const),
  // Which protection the family member holds (L424-3 refugee, L424-11 PS, L424-19 stateless).
  protectedRelativeStatus: choice('stay', ['refugee', 'subsidiary-protection', 'stateless'] as const),
  // L426-4: the permanent card is de droit from the 2nd renewal of a resident card (CC 2023-1048 QPC).
  residentCardRenewedBefore: bool('stay'),
  // L426-8: the "retraité" card is for a former resident-card holder now living outside France.
  formerResidentLivingAbroad: bool('stay'),
  admittedThroughFamilyReunification: bool('stay'),
  sponsorTitle: choice('stay', ['cst-or-csp', 'resident-card', 'none'] as const),

  // ── Family.
  maritalStatus: choice('family', ['single', 'married', 'pacs', 'cohabiting', 'divorced', 'widowed'] as const, false),
  partnerIsFrench: bool('family'),
  marriageDate: date('family'),
  marriagePlace: choice('family', ['france', 'abroad'] as const, false),
  marriageTranscribed: bool('family'),
  livingTogether: bool('family'),
  lifeTogetherSince: date('family'),
  lifeTogetherInFranceSince: date('family'),
  // "I don't know" allowed (issue 12 item 14): whether a child is French (through the other parent) may not be known.
  hasFrenchMinorChild: bool('family'),
  frenchChildBirthDate: date('family'),
  childFrenchThroughRecognition: bool('family'),
  frenchParentContributes: bool('family'),
  // L423-8: failing the French parent's contribution, a court decision on the contribution to the child's upkeep.
  contributionCourtRuling: bool('family'),
  // VPF-3 (corrected 2026-12-03), AFA 6-4: the contribution must be effective now; one that has stopped does not count.
  // The person may say they do not contribute or cannot prove it, or that they do not know.
  childContribution: choice('family', ['contributes-now', 'stopped', 'none-or-no-proof'] as const),
  // Since when the contribution has run without a break up to today (a restart counts from the restart).
  supportsChildSince: date('family'),
  recognisedChildAfterBirth: bool('family'),
  exercisesParentalAuthority: bool('family'),
  isChildOfFrenchNational: bool('family'),
  dependentOnFrenchFamily: bool('family'),
  isDependentParentOfFrench: bool('family'),
  // AFA 6-3: spouse holds a 1-year "scientifique" title.
  spouseHoldsScientistTitle: bool('family'),
  // L421-22: the spouse of a holder of a "talent" card (or EU Blue Card) gets "talent (famille)".
  partnerHoldsTalentCard: bool('family'),
  // L423-23: partner, children, parents or siblings living in France (ECHR art. 8 ties).
  familyTiesInFrance: bool('family'),
  // Indicators of the case-by-case routes (rules/indicators.ts; scenarios README): children at school in
  // France (case law on ECHR art. 8) and close family left in the country of origin (R423-5).
  childrenSchooledInFrance: choice('family', ['yes', 'no', 'no-school-age-children'] as const),
  closeFamilyAbroad: bool('family'),
  // L426-9: spouse of a "retraité" card holder.
  spouseHoldsRetireeCard: bool('family'),

  // ── Youth routes (L423-21, L423-22, L435-3, L423-13).
  livedWithParentSinceArrival: bool('family'),
  // L423-22 / L435-3: entrusted to the ASE or a trusted third person while a minor (the date follows).
  placedWithChildWelfare: bool('family'),
  childWelfarePlacementDate: date('family'),
  followsTrainingSeriously: bool('family'),
  trainingMonths: num('family', 240),
  hostStructureOpinionFavourable: bool('family'),
  bornInFrance: bool('family', false),
  // L426-1 (CR-12, Code civil 21-7, corrected 2026-12-03): assessed on the 18th birthday, not today.
  livedInFranceAt18: bool('family'),
  yearsInFranceFrom11To18: num('family', 7),
  // L423-13 (VPF-8): "y avoir résidé pendant au moins huit ans de façon continue", at any time (not only the present stay).
  livedInFrance8YearsInARow: bool('family'),
  yearsSchooledInFranceAfter10: num('family', 15),

  // ── Health.
  // "I don't know" allowed (issue 12 item 14): whether an illness is serious enough is for the OFII doctors to say.
  ownSeriousIllness: bool('health'),
  hasSickChild: bool('health'),
  livesWithSickChildAndSupports: bool('health'),
  // The OFII college of doctors' opinion (R425-12; L425-9, L425-10, AFA 6-7), once the person has received it.
  ofiiOpinion: choice('health', ['not-yet', 'favourable', 'unfavourable'] as const),

  // ── Work and study.
  employed: bool('work-study', false),
  // A signed job offer (Cerfa 15186 or a promise of employment): an indicator for the case-by-case routes (circular of 23 Jan 2025).
  signedJobOffer: bool('work-study'),
  // The activity a work, talent or "other" card is for (L421-3 to L421-34, L426-21 to L426-23).
  activity: choice('work-study', [
    'ordinary-job', 'seasonal-job', 'intra-group-transfer', 'own-business', 'innovative-company-job',
    'business-project-or-investment', 'research', 'medical-profession', 'artistic-work',
    'group-legal-representative', 'renown', 'volunteering', 'au-pair', 'internship', 'studies', 'none',
  ] as const, false),
  /** The signed agreement the activity needs: hosting agreement, internship, au pair or volunteer contract. */
  hostAgreementSigned: bool('work-study'),
  workAuthorisation: bool('work-study'),
  // W-1, W-2 (corrected 2026-12-03): L421-1 needs a CDI; any CDD, whatever its length, or a posting is L421-3. An
  // apprenticeship is a CDD unless it is done within a CDI (Code du travail L6222-7): the person says which. The CDD
  // lengths stay for the cards that read them (Blue Card: 6 months; AFM 3: one year).
  contractType: choice('work-study', ['permanent', 'fixed-term-12-months-plus', 'fixed-term-short', 'apprenticeship', 'apprenticeship-permanent', 'posting', 'none'] as const),
  annualGrossPay: num('work-study', 10_000_000, false),
  shortageJobMonthsLast24: num('work-study', 24),
  currentJobOnShortageList: bool('work-study'),
  masterLevelDegree: bool('work-study'),
  enrolledHigherEducation: bool('work-study'),
  studiesProgressing: bool('work-study'),
  monthlyResources: num('work-study', 1_000_000, false),
  healthInsurance: bool('work-study'),
  annualWorkHours: num('work-study', 5000),
  stableResourcesAtLeastSmic: bool('work-study'),
  workAccidentPension20: bool('work-study'),
  // L426-7: entitled to a French AT/MP death pension (survivor).
  workAccidentSurvivorPension: bool('work-study'),
  // L426-8: a French basic-scheme old-age pension.
  frenchRetirementPension: bool('work-study'),
  // L426-3: Légion étrangère good-conduct certificate.
  legionGoodConduct: bool('work-study'),
  // L426-10: created or saved ≥ 50 jobs, or invested ≥ €10 million in France.
  exceptionalEconomicContribution: bool('work-study'),
  frenchArmyService: choice('work-study', ['none', 'combat-unit', 'foreign-legion-3-years'] as const),
  traffickingComplaint: bool('work-study'),
  // L425-1: "sous réserve qu'il ait rompu tout lien" with the accused.
  brokeTiesWithPerpetrators: bool('work-study'),
  // L425-3 / L425-8: the accused was finally convicted.
  perpetratorConvicted: bool('work-study'),
  // L425-4: on a prostitution exit programme (CASF L121-9).
  prostitutionExitProgramme: bool('work-study'),
  protectionOrder: bool('work-study'),
  // L425-6 (Code civil 515-9, violence) or L425-7 (515-13, threatened forced marriage).
  protectionOrderGround: choice('work-study', ['domestic-violence', 'forced-marriage'] as const),
  oacasThreeYears: bool('work-study'),
  // AFA 7 c) and AFA 5: authorisation to practise a regulated activity; registration as trader, craftsman or liberal profession.
  holdsProfessionalAuthorisation: bool('work-study'),
  businessRegistered: bool('work-study'),
  // AFA 7 ter: French contributory old-age pension.
  receivesFrenchPension: bool('work-study'),

  // ── Integration (X4, X5).
  frenchLevel: choice('integration', ['none', 'a1', 'a2', 'b1', 'b2-or-more'] as const),
  cirFollowed: bool('integration'),
  civicExamPassed: bool('integration'),
  // X5 exemptions from the 2026 civic exam, for the CSP and the CR (service-public F39530, 30 Jan 2026).
  schooledInFrance: bool('integration'),
  // X5: disability or chronic illness, exemption on the official medical form (arrêtés of 30 Dec 2025; M).
  integrationMedicalExemption: bool('integration'),
  willSignCer: bool('integration'),

  // ── Reservations the tool never decides (X2, X3).
  publicOrderConcern: bool('integration'),
  polygamy: bool('integration'),

  // ── Where to file (not a condition of any title).
  postcode: fact(z.string().check(z.regex(/^(?:[0-8]\d|9[0-8])\d{3}$/)), { kind: 'postcode' }, 'filing'),
} as const;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/** The value a fact takes once answered (without "I don't know"). */
export type FactValue<K extends FactId> = z.infer<(typeof FACTS)[K]['schema']>;
