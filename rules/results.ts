/**
 * The results page's order (issue 14), decided once, here, from an evaluation: pages only render it.
 *
 *  1. red flags and deadlines: a removal order, a refusal to challenge (alerts.ts); the person's card ending and
 *     its renewal window (renewals.ts; R431-5, F-6); a route that closes soon (L435-4 on 31 Dec 2026) with the days left;
 *  2. titles of right (plein droit) whose conditions are all met;
 *  3. titles of right that need one or two answers confirmed, with those questions (or that another body
 *     assesses: the OFII doctors for L425-9);
 *  4. case-by-case routes (discretionary), strongest first, with their strength in words;
 *  5. everything else, collapsed, each with its reason: a title of right with many answers missing, a title
 *     ruled out (its first unmet condition), a title of another regime.
 * When most answers are "I don't know": the three questions that would settle the most titles, with where to
 * find each answer, come before any list.
 */
import type { ArticleRef } from './references';
import type { Alert } from './alerts';
import { daysBetween, type IsoDate } from './dates';
import type { CardResult, Evaluation } from './evaluate';
import { DONT_KNOW, FACT_IDS, type FactId } from './facts';
import { REGIME_GATE, type Trace } from './logic';
import type { Situation } from './situation';
import { strengthRank, type Strength } from './indicators';

export type { Strength };


export type Banner =
  | { kind: 'alert'; alert: Alert }
  /** The title the person holds and its renewal window (rules/renewals.ts; R431-5, F-6): shown with the red flags. */
  | { kind: 'held-title' }
  /** A route in force until `date`, open for this person: file before it ends. */
  | { kind: 'route-closing'; cardId: string; date: IsoDate; daysLeft: number; ref: ArticleRef };

export type CollapsedReason = 'many-answers-missing' | 'nothing-known' | 'condition-unmet' | 'other-regime' | 'not-in-force';

export interface Collapsed {
  result: CardResult;
  reason: CollapsedReason;
  /** The first unmet condition (locale conditions.<id>), or the number of answers missing. */
  conditionId?: string;
  missingCount?: number;
}

/** Where a person finds an answer: their last card, the préfecture's letters, their employer… */
export type AnswerSource =
  | 'title-card' | 'prefecture-letters' | 'passport' | 'employer' | 'civil-status' | 'school' | 'doctor'
  | 'pension-letters' | 'ofpra-letters' | 'ofii' | 'health-insurance' | 'association';

export interface ResultsView {
  banners: Banner[];
  met: CardResult[];
  confirm: { result: CardResult; questions: FactId[] }[];
  caseByCase: { result: CardResult; strength: Strength }[];
  collapsed: Collapsed[];
  /** Most answers are "I don't know". */
  mostlyUnknown: boolean;
  /** Up to three questions that would settle the most titles (shown first when mostlyUnknown). */
  settleFirst: { fact: FactId; source: AnswerSource; titles: number }[];
  /** The channels of the titles proposed: one sentence on the page says what each means. */
  channels: ChannelKind[];
}

/**
 * A result's group by status and kind, decided here once and read by every page (the results page through
 * `resultsView`, the volunteer view through `groupByStatus`, the status line of each card: `ui.status.<group>`):
 * a title whose conditions are all met; a case-by-case (discretionary) route still open; a title of right waiting on
 * answers or on another body's assessment; a title ruled out (scenarios/README.md, statuses).
 */
export type StatusGroup = 'eligible' | 'possible-discretionary' | 'possible-plein-droit' | 'not-eligible';
export const STATUS_GROUPS: readonly StatusGroup[] = ['eligible', 'possible-discretionary', 'possible-plein-droit', 'not-eligible'];

export function statusGroup(r: Pick<CardResult, 'status' | 'kind'>): StatusGroup {
  return r.status === 'possible' ? `possible-${r.kind}` : r.status;
}

/** The results by group, each in the evaluation's order. */
export function groupByStatus(results: readonly CardResult[]): Record<StatusGroup, CardResult[]> {
  const out = Object.fromEntries(STATUS_GROUPS.map((g) => [g, [] as CardResult[]])) as Record<StatusGroup, CardResult[]>;
  for (const r of results) out[statusGroup(r)].push(r);
  return out;
}

/** How a title is filed, in the words of the page: online (ANEF), the OFII medical procedure first, or in person. */
export type ChannelKind = 'online' | 'in-person' | 'medical';
export function channelKind(r: Pick<CardResult, 'channel'>): ChannelKind {
  return r.channel === 'ANEF' ? 'online' : r.channel === 'OFII medical procedure (then préfecture)' ? 'medical' : 'in-person';
}

/** A route closing within this many days is a red flag. */
const ROUTE_CLOSING_DAYS = 120;
/** "One or two answers" to confirm a title of right. */
const FEW = 2;

const SOURCES: Partial<Record<FactId, AnswerSource>> = {};
const source = (s: AnswerSource, facts: readonly string[]) => {
  for (const f of facts) if ((FACT_IDS as readonly string[]).includes(f)) SOURCES[f as FactId] = s;
};
source('prefecture-letters', ['removalOrder', 'removalOrderNotifiedOn', 'refusalPending', 'dublinProcedure', 'detention']);
source('title-card', [
  'currentTitle', 'currentTitleGround', 'currentTitleExpiry', 'lawfulResidenceSince', 'onlyStudentTitles', 'stayedAsStudent',
  'heldTenYearTitle', 'residentCardRenewedBefore', 'admittedThroughFamilyReunification', 'sponsorTitle',
]);
source('passport', ['entryDate', 'entryVisa', 'longStayVisaPurpose', 'habitualResidenceSince', 'absencesWithinLimits', 'mainHomeAbroad']);
source('employer', [
  'employed', 'activity', 'contractType', 'annualGrossPay', 'workAuthorisation', 'shortageJobMonthsLast24', 'currentJobOnShortageList',
  'excludedWorkPeriods', 'annualWorkHours', 'stableResourcesAtLeastSmic', 'monthlyResources', 'hostAgreementSigned', 'businessRegistered',
  'holdsProfessionalAuthorisation',
]);
source('civil-status', [
  'familyOfEuCitizen', 'euRelationship', 'maritalStatus', 'partnerIsFrench', 'marriageDate', 'marriagePlace', 'marriageTranscribed', 'frenchChildBirthDate',
  'childFrenchThroughRecognition', 'recognisedChildAfterBirth', 'bornInFrance', 'lifeTogetherSince', 'lifeTogetherInFranceSince',
  'isChildOfFrenchNational', 'exercisesParentalAuthority', 'placedWithChildWelfare', 'childWelfarePlacementDate',
]);
source('school', ['enrolledHigherEducation', 'studiesProgressing', 'masterLevelDegree', 'yearsSchooledInFranceAfter10', 'trainingMonths', 'followsTrainingSeriously']);
source('doctor', ['ownSeriousIllness', 'hasSickChild', 'livesWithSickChildAndSupports']);
source('health-insurance', ['healthInsurance']);
source('pension-letters', ['workAccidentPension20', 'workAccidentSurvivorPension', 'frenchRetirementPension', 'receivesFrenchPension']);
source('ofpra-letters', ['protectionStatus', 'familyOfProtected', 'protectedRelativeStatus']);
source('ofii', ['cirFollowed', 'civicExamPassed', 'frenchLevel', 'willSignCer']);

export function answerSource(fact: FactId): AnswerSource {
  return SOURCES[fact] ?? 'association';
}

const isOpen = (r: CardResult) => r.status !== 'not-eligible';

/**
 * Strength of a discretionary route: the card's own when it is a case-by-case route with indicators (L435-1,
 * L423-23, AFA 6-5; rules/indicators.ts), else its conditions met against those still open.
 */
export function strengthOf(r: CardResult): Strength {
  if (r.strength) return r.strength;
  const leaves = testsOutsideGate(r.conditions);
  const met = leaves.filter((t) => t.value === 'met').length;
  const open = leaves.filter((t) => t.value === 'unknown' && !t.assessedBy).length;
  if (open === 0) return 'strong';
  const share = met / (met + open);
  return share >= 0.75 ? 'strong' : share >= 0.4 ? 'mixed' : 'weak';
}
/** The test nodes of a trace, the regime gate's aside (being of the right nationality says nothing of the case). */
function testsOutsideGate(t: Trace): Trace[] {
  if (t.id === REGIME_GATE) return [];
  return t.kind === 'test' ? [t] : t.children.flatMap(testsOutsideGate);
}
/**
 * Something speaks for the route: a condition met (the regime gate aside), an indicator met, or nothing left to
 * answer (what remains is the préfet's own assessment, as for the AES, L435-1).
 */
const someConditionMet = (r: CardResult) =>
  testsOutsideGate(r.conditions).some((t) => t.value === 'met') || (r.indicators ?? []).some((i) => i.value === 'met') || r.conditions.missing.length === 0;

function banners(ev: Evaluation): Banner[] {
  const out: Banner[] = ev.alerts.map((alert) => ({ kind: 'alert', alert }) as const);
  const closing = new Map<IsoDate, Banner>();
  for (const r of ev.results) {
    if (!isOpen(r) || !r.validUntil) continue;
    const daysLeft = daysBetween(ev.asOf, r.validUntil);
    if (daysLeft < 0 || daysLeft > ROUTE_CLOSING_DAYS) continue;
    const deadline = r.deadlines.find((d) => d.date === r.validUntil);
    closing.set(`${r.validUntil} ${r.id}`, { kind: 'route-closing', cardId: r.id, date: r.validUntil, daysLeft, ref: deadline?.ref ?? r.legalBasis[0]! });
  }
  out.push(...[...closing.values()].sort((a, b) => (a.kind === 'route-closing' && b.kind === 'route-closing' ? a.daysLeft - b.daysLeft : 0)));
  // The card held now: its end and renewal window are worked out in rules/renewals.ts (ev.heldTitle), within 4 months.
  // A red flag once its renewal window is open or opens within a month (F-6: 120 to 60 days before the end).
  const held = ev.heldTitle;
  if (held && (held.state !== 'not-yet-open' || daysBetween(ev.asOf, held.opens) <= 30)) out.splice(ev.alerts.length, 0, { kind: 'held-title' });
  return out;
}

/** Facts answered "I don't know" or not answered that open titles still wait on, most titles first. */
function settlers(ev: Evaluation): ResultsView['settleFirst'] {
  const count = new Map<FactId, number>();
  // The conditions' facts only: a reservation (public order, polygamy) never settles a title.
  for (const r of ev.results) if (isOpen(r)) for (const f of r.conditions.missing) count.set(f, (count.get(f) ?? 0) + 1);
  const order = new Map(FACT_IDS.map((f, i) => [f, i]));
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
    .slice(0, 3)
    .map(([fact, titles]) => ({ fact, source: answerSource(fact), titles }));
}

export function resultsView(ev: Evaluation, s: Situation): ResultsView {
  const met: CardResult[] = [];
  const confirm: ResultsView['confirm'] = [];
  const caseByCase: ResultsView['caseByCase'] = [];
  const collapsed: Collapsed[] = [];
  for (const r of ev.results) {
    const group = statusGroup(r);
    if (group === 'eligible') met.push(r);
    // A case-by-case route none of whose conditions is known to be met is no case yet (the €10 million
    // investor card after "I don't know"): collapsed, with its questions.
    else if (group === 'possible-discretionary' && !someConditionMet(r)) collapsed.push({ result: r, reason: 'nothing-known', missingCount: r.missing.length });
    else if (group === 'possible-discretionary') caseByCase.push({ result: r, strength: strengthOf(r) });
    else if (group === 'possible-plein-droit' && r.missing.length <= FEW) confirm.push({ result: r, questions: r.missing });
    else if (group === 'possible-plein-droit') collapsed.push({ result: r, reason: 'many-answers-missing', missingCount: r.missing.length });
    else if (r.reasons.some((x) => x.id === REGIME_GATE)) collapsed.push({ result: r, reason: 'other-regime' });
    else if (r.reasons.some((x) => x.id === 'not-in-force-on-date')) collapsed.push({ result: r, reason: 'not-in-force' });
    else collapsed.push({ result: r, reason: 'condition-unmet', conditionId: r.reasons.at(-1)?.id });
  }
  // Fewest answers to confirm first; strongest case first (the catalogue's order breaks ties).
  confirm.sort((a, b) => a.questions.length - b.questions.length);
  caseByCase.sort((a, b) => strengthRank(a.strength) - strengthRank(b.strength));
  const REASON_ORDER: Record<CollapsedReason, number> = { 'many-answers-missing': 0, 'nothing-known': 1, 'condition-unmet': 2, 'not-in-force': 3, 'other-regime': 4 };
  collapsed.sort((a, b) => REASON_ORDER[a.reason] - REASON_ORDER[b.reason]);

  const answered = FACT_IDS.filter((f) => s[f] !== undefined);
  const unknown = answered.filter((f) => s[f] === DONT_KNOW).length;
  const mostlyUnknown = unknown >= 3 && unknown * 2 >= answered.length;

  const proposed = [...met, ...confirm.map((x) => x.result), ...caseByCase.map((x) => x.result)];
  const channels = [...new Set(proposed.map(channelKind))];

  return { banners: banners(ev), met, confirm, caseByCase, collapsed, mostlyUnknown, settleFirst: mostlyUnknown ? settlers(ev) : [], channels };
}

