/**
 * The screen registry (issue 14): which facts are shown together on one page, declared once. Light on
 * purpose (it reads only the fact registry): the question pages import it without the rules engine, which
 * runs in a worker. How the next screen is chosen lives in screens.ts.
 *
 * A screen is one question; a checklist of rare yes/no situations ("Does any of these apply to you?",
 * "None of these" first), which answers every fact in it; or at most three fields that belong together (a
 * date and its follow-up). A fact no screen names is asked on a page of its own, so a fact added to the
 * registry slots in without touching this file.
 */
import type { FactId } from './facts';

/** A field of a "fields" screen: shown when `showIf` holds for the answer given on the same screen (or saved). */
export interface ScreenField {
  fact: FactId;
  showIf?: { fact: FactId; is: readonly (string | boolean)[] };
  /** Shown whenever `showIf` holds, even before a title needs it (the end of the card held: its renewal window). */
  always?: true;
}

export type ScreenSpec =
  /** At most three shown at once (a fourth fact of the group, still needed, comes on the next page). */
  | { id: string; kind: 'fields'; fields: readonly ScreenField[] }
  /**
   * Items are yes/no facts, or choice facts with a 'none' option (ticking reveals the other options).
   * `routes`: the "which of these describe you" screen, asked right after who you are.
   */
  | { id: string; kind: 'checklist'; items: readonly FactId[]; routes?: true };

const f = (fact: FactId, showIf?: ScreenField['showIf'], always?: true): ScreenField => ({ fact, ...(showIf ? { showIf } : {}), ...(always ? { always } : {}) });
const fields = (id: string, list: readonly ScreenField[]): ScreenSpec => ({ id: `s-${id}`, kind: 'fields', fields: list });
const checklist = (id: string, items: readonly FactId[], routes?: true): ScreenSpec => ({ id: `s-${id}`, kind: 'checklist', items, ...(routes ? { routes } : {}) });
const HOLDS_TITLE = ['vls-ts', 'cst-1-year', 'multi-year-card', 'resident-card-10-years', 'algerian-certificate-1-year', 'algerian-certificate-10-years', 'aps'];
const IN_COUPLE = ['married', 'pacs', 'cohabiting'];

/**
 * The grouping, in one place. Screen ids start with "s-" so they never collide with a fact id (both are
 * page names under /<lang>/q/). Checklists hold situations that are rare, or that route the walk.
 */
export const SCREENS: readonly ScreenSpec[] = [
  // Red flags (F-10): the préfecture's letters, then the removal order's date and where the person is.
  fields('letters', [f('removalOrder'), f('refusalPending')]),
  fields('removal', [f('removalOrderNotifiedOn'), f('detention'), f('dublinProcedure')]),
  // Who you are routes the regime (legal README rule 5).
  fields('about-you', [f('nationality'), f('familyOfEuCitizen'), f('birthDate')]),
  fields('eu-link', [f('euRelationship'), f('euCitizenActivity'), f('euSpouseStatus', { fact: 'euRelationship', is: ['spouse'] })]),
  fields('eu-years', [f('euFamilyResidenceYears'), f('euAbsencesWithinLimits'), f('euChildCustody')]),
  // "Which of these describe you?": family, health, work, protection; each box closes whole families of titles.
  checklist('describe-you', [
    'hasFrenchMinorChild', 'familyTiesInFrance', 'ownSeriousIllness', 'hasSickChild', 'employed',
    'protectionStatus', 'familyOfProtected', 'bornInFrance',
  ], true),
  // Rare situations, one box each (pensions, army, victims' protection, exceptional contribution…).
  checklist('family-links', [
    'isChildOfFrenchNational', 'isDependentParentOfFrench', 'dependentOnFrenchFamily', 'admittedThroughFamilyReunification',
    'placedWithChildWelfare', 'partnerHoldsTalentCard', 'spouseHoldsScientistTitle', 'spouseHoldsRetireeCard',
  ]),
  checklist('rare', [
    'workAccidentPension20', 'workAccidentSurvivorPension', 'frenchRetirementPension', 'formerResidentLivingAbroad',
    'frenchArmyService', 'exceptionalEconomicContribution', 'traffickingComplaint', 'prostitutionExitProgramme',
    'protectionOrder', 'oacasThreeYears',
  ]),
  // Your stay.
  fields('title', [
    f('currentTitle'), f('currentTitleGround', { fact: 'currentTitle', is: HOLDS_TITLE }), f('currentTitleExpiry', { fact: 'currentTitle', is: HOLDS_TITLE }, true),
  ]),
  // Arrival and how long you have lived here (the 7 years the préfet weighs for a case-by-case route, too).
  fields('entry', [f('entryDate'), f('entryVisa'), f('habitualResidenceSince'), f('longStayVisaPurpose', { fact: 'entryVisa', is: ['long-stay'] })]),
  fields('residence', [f('lawfulResidenceSince'), f('absencesWithinLimits')]),
  fields('algerian-past', [f('stayedAsStudent'), f('heldTenYearTitle'), f('onlyStudentTitles')]),
  fields('protection-family', [f('protectedRelativeStatus'), f('sponsorTitle')]),
  // Family.
  fields('couple', [f('maritalStatus'), f('partnerIsFrench', { fact: 'maritalStatus', is: IN_COUPLE }), f('marriagePlace', { fact: 'maritalStatus', is: ['married'] })]),
  fields('marriage', [f('marriageDate'), f('marriageTranscribed', { fact: 'marriagePlace', is: ['abroad'] }), f('marriage3YearsBeforeProceedings')]),
  fields('life-together', [
    f('livingTogether'), f('lifeTogetherSince', { fact: 'livingTogether', is: [true] }), f('lifeTogetherInFranceSince', { fact: 'livingTogether', is: [true] }),
  ]),
  fields('french-child', [f('frenchChildBirthDate'), f('childFrenchThroughRecognition'), f('supportsChildSince')]),
  fields('child-support', [f('exercisesParentalAuthority'), f('recognisedChildAfterBirth'), f('frenchParentContributes')]),
  // Health: a sick child's care, and the OFII doctors' opinion once received (L425-9, L425-10, AFA 6-7).
  fields('care', [f('livesWithSickChildAndSupports'), f('ofiiOpinion')]),
  fields('child-welfare', [f('childWelfarePlacementDate'), f('followsTrainingSeriously'), f('hostStructureOpinionFavourable')]),
  fields('youth', [f('livedWithParentSinceArrival'), f('yearsSchooledInFranceAfter10'), f('trainingMonths')]),
  // Work and study.
  fields('job', [f('contractType'), f('annualGrossPay'), f('workAuthorisation')]),
  fields('shortage', [f('shortageJobMonthsLast24'), f('currentJobOnShortageList'), f('excludedWorkPeriods')]),
  fields('study', [f('enrolledHigherEducation'), f('studiesProgressing'), f('masterLevelDegree')]),
  fields('resources', [f('monthlyResources'), f('healthInsurance'), f('stableResourcesAtLeastSmic')]),
  // What the préfet weighs on a case-by-case route (rules/indicators.ts): French, a job offer, ties abroad, children
  // at school. Four facts: a page shows the first three still needed, the fourth comes next.
  fields('ties', [f('frenchLevel'), f('signedJobOffer'), f('closeFamilyAbroad'), f('childrenSchooledInFrance')]),
  fields('victim', [f('brokeTiesWithPerpetrators'), f('perpetratorConvicted'), f('protectionOrderGround')]),
  // Integration, then the reservations the tool never decides (X2, X3).
  fields('integration', [f('civicExamPassed'), f('cirFollowed'), f('willSignCer')]),
  // To finish: the reservations the tool never decides (X2, X3), and where you live (the préfecture to name).
  fields('reservations', [f('publicOrderConcern'), f('polygamy', { fact: 'maritalStatus', is: ['married'] }), f('postcode')]),
];

/** The screen a fact belongs to, if any. */
const SCREEN_OF = new Map<FactId, ScreenSpec>();
for (const sc of SCREENS) for (const fact of specFacts(sc)) SCREEN_OF.set(fact, sc);

export function specFacts(sc: ScreenSpec): FactId[] {
  return sc.kind === 'fields' ? sc.fields.map((x) => x.fact) : [...sc.items];
}
export function screenSpec(id: string): ScreenSpec | undefined {
  return SCREENS.find((s) => s.id === id);
}
export const SCREEN_IDS: readonly string[] = SCREENS.map((s) => s.id);
/** Every fact a screen may show (the page's strings). */
export function screenOfFact(fact: FactId): ScreenSpec | undefined {
  return SCREEN_OF.get(fact);
}

/** One page of the walk. `facts`: the facts to show now, in order; `showIf` of fields whose display waits on an answer. */
export interface Screen {
  /** The page name: the screen id, or the fact id for a page of one question. */
  id: string;
  kind: 'question' | 'fields' | 'checklist';
  facts: FactId[];
  showIf: Partial<Record<FactId, ScreenField['showIf']>>;
}

export { checklistAnswers, checklistReady } from './checklist';
