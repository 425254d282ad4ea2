/**
 * Screens: the facts shown together on one page of the wizard (issue 14).
 *
 * `nextQuestions` (questions.ts) says which facts can still change a card; this module decides how they are
 * shown: one question per page, a checklist of rare yes/no situations ("Does any of these apply to you?",
 * "None of these" first, which answers every fact in it), or at most three fields that belong together (a
 * date and its follow-up). The grouping is declared once, here, in SCREENS; a fact no screen names is asked
 * on a page of its own, so a fact added to the registry slots in without touching this file.
 *
 * Order: red flags first (chapter "urgent"), then the screen that can rule out the most open titles (the
 * nationality, the "which of these describe you" checklist, the rare situations), ties in registry order.
 * A follow-up field is shown only when the answer it follows makes it matter (`showIf`), never after
 * "I don't know" (questions.ts already stops a card at an "I don't know").
 */
import { DONT_KNOW, FACTS, FACT_IDS, type FactId } from './facts';
import type { Evaluation } from './evaluate';
import { nextQuestionsFrom } from './questions';
import type { Trace } from './logic';
import { REGIME_GATE_FACTS } from './conditions';
import type { Situation } from './situation';

/** A field of a "fields" screen: shown when `showIf` holds for the answer given on the same screen (or saved). */
export interface ScreenField {
  fact: FactId;
  showIf?: { fact: FactId; is: readonly (string | boolean)[] };
}

export type ScreenSpec =
  | { id: string; kind: 'fields'; fields: readonly ScreenField[] }
  /**
   * Items are yes/no facts, or choice facts with a 'none' option (ticking reveals the other options).
   * `routes`: the "which of these describe you" screen, asked right after who you are.
   */
  | { id: string; kind: 'checklist'; items: readonly FactId[]; routes?: true };

const f = (fact: FactId, showIf?: ScreenField['showIf']): ScreenField => (showIf ? { fact, showIf } : { fact });
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
    f('currentTitle'), f('currentTitleGround', { fact: 'currentTitle', is: HOLDS_TITLE }), f('currentTitleExpiry', { fact: 'currentTitle', is: HOLDS_TITLE }),
  ]),
  fields('entry', [f('entryDate'), f('entryVisa'), f('longStayVisaPurpose', { fact: 'entryVisa', is: ['long-stay'] })]),
  fields('residence', [f('habitualResidenceSince'), f('lawfulResidenceSince'), f('absencesWithinLimits')]),
  fields('algerian-past', [f('stayedAsStudent'), f('heldTenYearTitle'), f('onlyStudentTitles')]),
  fields('protection-family', [f('protectedRelativeStatus'), f('sponsorTitle')]),
  // Family.
  fields('couple', [f('maritalStatus'), f('partnerIsFrench', { fact: 'maritalStatus', is: IN_COUPLE }), f('livingTogether', { fact: 'maritalStatus', is: IN_COUPLE })]),
  fields('marriage', [f('marriageDate'), f('marriagePlace'), f('marriageTranscribed', { fact: 'marriagePlace', is: ['abroad'] })]),
  fields('life-together', [f('lifeTogetherSince'), f('lifeTogetherInFranceSince')]),
  fields('french-child', [f('frenchChildBirthDate'), f('childFrenchThroughRecognition'), f('recognisedChildAfterBirth')]),
  fields('child-support', [f('supportsChildSince'), f('exercisesParentalAuthority'), f('frenchParentContributes')]),
  fields('child-welfare', [f('childWelfarePlacementDate'), f('followsTrainingSeriously'), f('hostStructureOpinionFavourable')]),
  fields('youth', [f('livedWithParentSinceArrival'), f('yearsSchooledInFranceAfter10'), f('trainingMonths')]),
  // Work and study.
  fields('job', [f('contractType'), f('annualGrossPay'), f('workAuthorisation')]),
  fields('shortage', [f('shortageJobMonthsLast24'), f('currentJobOnShortageList'), f('excludedWorkPeriods')]),
  fields('study', [f('enrolledHigherEducation'), f('studiesProgressing'), f('masterLevelDegree')]),
  fields('resources', [f('monthlyResources'), f('healthInsurance'), f('stableResourcesAtLeastSmic')]),
  fields('victim', [f('brokeTiesWithPerpetrators'), f('perpetratorConvicted'), f('protectionOrderGround')]),
  // Integration, then the reservations the tool never decides (X2, X3).
  fields('integration', [f('frenchLevel'), f('civicExamPassed'), f('cirFollowed')]),
  fields('reservations', [f('publicOrderConcern'), f('polygamy')]),
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

const ORDER = new Map(FACT_IDS.map((id, i) => [id, i]));

/**
 * Facts a card could still ask: unanswered facts of its trace, stopping in an "all of" group after a condition
 * left unknown by an "I don't know" (what follows would presume a yes).
 */
function askable(t: Trace, s: Situation, into: Set<FactId>): 'blocked' | undefined {
  if (t.value !== 'unknown') return undefined;
  if (t.kind === 'test') {
    for (const x of t.missing) if (s[x] === undefined) into.add(x);
    return t.missing.some((x) => s[x] === DONT_KNOW) ? 'blocked' : undefined;
  }
  for (const c of t.children) if (askable(c, s, into) === 'blocked' && t.kind === 'all') return 'blocked';
  return undefined;
}

/** Facts that can still change some open card (the reservations and deadline facts included). */
export function neededFacts(s: Situation, ev: Evaluation, wanted: readonly FactId[]): Set<FactId> {
  const out = new Set<FactId>(wanted);
  for (const r of ev.results) {
    if (r.status === 'not-eligible') continue;
    askable(r.conditions, s, out);
    for (const x of r.missing) if (s[x] === undefined && !r.conditions.missing.includes(x)) out.add(x);
  }
  return out;
}

/** How many open cards a fact can rule out now: those whose next condition reads it. */
function splitScores(s: Situation, ev: Evaluation): Map<FactId, number> {
  const score = new Map<FactId, number>();
  for (const r of ev.results) {
    if (r.status === 'not-eligible') continue;
    const seen = new Set<FactId>();
    askable(r.conditions, s, seen);
    for (const x of seen) score.set(x, (score.get(x) ?? 0) + 1);
  }
  return score;
}

function showIfHolds(cond: ScreenField['showIf'], s: Situation): boolean | 'ask' {
  if (!cond) return true;
  const v = s[cond.fact];
  if (v === undefined) return 'ask';
  return cond.is.includes(v as string | boolean);
}

/** The screen a fact opens now: its declared group, narrowed to what can still matter. */
function screenFor(fact: FactId, s: Situation, wanted: ReadonlySet<FactId>, needed: ReadonlySet<FactId>): Screen {
  const spec = SCREEN_OF.get(fact);
  const single: Screen = { id: fact, kind: 'question', facts: [fact], showIf: {} };
  if (!spec) return single;
  if (spec.kind === 'checklist') {
    const items = spec.items.filter((x) => s[x] === undefined && needed.has(x));
    return items.length > 1 ? { id: spec.id, kind: 'checklist', facts: items, showIf: {} } : single;
  }
  const shown: FactId[] = [];
  const showIf: Screen['showIf'] = {};
  for (const fl of spec.fields) {
    if (s[fl.fact] !== undefined) continue;
    // A fact the rules ask now is shown as it is; another fact of the group only when it can still change a
    // card, and a follow-up only with the answer that calls for it (on this page or saved).
    if (!wanted.has(fl.fact)) {
      if (!needed.has(fl.fact)) continue;
      const holds = showIfHolds(fl.showIf, s);
      if (holds === false) continue;
      if (holds === 'ask') {
        if (!shown.includes(fl.showIf!.fact)) continue;
        showIf[fl.fact] = fl.showIf;
      }
    }
    shown.push(fl.fact);
  }
  if (!shown.includes(fact)) return single;
  return shown.length > 1 ? { id: spec.id, kind: 'fields', facts: shown, showIf } : single;
}

/** Red flags first (F-10), then who you are (the regime, rule 5), then "which of these describe you", then by score. */
function tierOf(screen: Screen): number {
  if (screen.facts.some((x) => FACTS[x].chapter === 'urgent')) return 0;
  if (screen.facts.some((x) => (REGIME_GATE_FACTS as readonly FactId[]).includes(x))) return 1;
  const spec = screenSpec(screen.id);
  return spec?.kind === 'checklist' && spec.routes ? 2 : 3;
}

/** Every screen the open questions fall into now, best first (red flags, then what rules out the most titles). */
export function screensFrom(s: Situation, ev: Evaluation): Screen[] {
  const wantedList = nextQuestionsFrom(s, ev);
  if (wantedList.length === 0) return [];
  const wanted = new Set(wantedList);
  const needed = neededFacts(s, ev, wantedList);
  const scores = splitScores(s, ev);
  const seen = new Set<string>();
  const screens: { screen: Screen; tier: number; score: number; order: number }[] = [];
  for (const fact of wantedList) {
    const screen = screenFor(fact, s, wanted, needed);
    if (seen.has(screen.id)) continue;
    seen.add(screen.id);
    screens.push({
      screen,
      tier: tierOf(screen),
      score: screen.facts.reduce((n, x) => n + (scores.get(x) ?? 0), 0),
      order: Math.min(...screen.facts.map((x) => ORDER.get(x)!)),
    });
  }
  screens.sort((a, b) => a.tier - b.tier || b.score - a.score || a.order - b.order);
  return screens.map((x) => x.screen);
}

/**
 * A checklist's answers as facts: a ticked yes/no item is true, an unticked one false; a ticked choice item takes
 * the option chosen under it, an unticked one 'none'; "I don't know" gives every item "dont-know".
 */
export function checklistAnswers(
  items: readonly FactId[],
  answer: 'dont-know' | { ticked: readonly FactId[]; choices?: Partial<Record<FactId, string>> },
): Partial<Record<FactId, unknown>> {
  const out: Partial<Record<FactId, unknown>> = {};
  for (const item of items) {
    if (answer === DONT_KNOW) {
      out[item] = DONT_KNOW;
      continue;
    }
    const ticked = answer.ticked.includes(item);
    const input = FACTS[item].input;
    if (input.kind === 'yes-no') out[item] = ticked;
    else out[item] = ticked ? answer.choices?.[item] : 'none';
  }
  return out;
}

/** Whether a fact may sit in a checklist: yes/no, or a choice whose "no" is 'none'. */
export function checklistReady(fact: FactId): boolean {
  const input = FACTS[fact].input;
  return input.kind === 'yes-no' || (input.kind === 'choice' && input.options.includes('none'));
}
