/** The rules module's public surface: pure functions, no React, no Next, no clock. */
import { evaluate as evaluateAll, type Evaluation } from './evaluate';
import { nextQuestionsFrom } from './questions';
import { withDerivedResidence } from './residence-periods';
import type { Situation } from './situation';
import type { IsoDate } from './dates';
import { FACTS, type FactId } from './facts';
import { REGIME_GATE_FACTS } from './conditions';
import { neededFacts, screenView as screenViewOf, screensFrom, type Screen } from './screens';

export function evaluate(situation: Situation, options: { asOf: IsoDate }): Evaluation {
  return evaluateAll(situation, options);
}

/** The facts still worth asking, most important first (order documented in questions.ts). */
export function nextQuestions(situation: Situation, options: { asOf: IsoDate }): FactId[] {
  // Facts derived from a residence history count as answered.
  return nextQuestionsFrom(withDerivedResidence(situation, options.asOf), evaluateAll(situation, options));
}

/**
 * The next page of the wizard: one question, a checklist of rare situations, or up to three fields that belong
 * together (rules/screens.ts). Undefined when nothing is left to ask. The CLI and the volunteer trace keep
 * `nextQuestions`, the facts one by one.
 */
export function nextScreen(situation: Situation, options: { asOf: IsoDate }): Screen | undefined {
  return screensFrom(withDerivedResidence(situation, options.asOf), evaluateAll(situation, options))[0];
}

/** The pages still to come, best first (the volunteer form orders a chapter's fields by it). */
export function nextScreens(situation: Situation, options: { asOf: IsoDate }): Screen[] {
  return screensFrom(withDerivedResidence(situation, options.asOf), evaluateAll(situation, options));
}

/** A page by its name (a screen id or a fact id), rebuilt from the answers: for the back link and a reload. */
export function screenView(id: string, situation: Situation, options: { asOf: IsoDate }): Screen {
  return screenViewOf(id, withDerivedResidence(situation, options.asOf), (s) => evaluateAll(s, options));
}

/**
 * About how many pages are left, for the progress line: the screens the open questions fall into now, or
 * the facts still to ask (questionsLeft, which looks past the regime gate) at about 2.5 facts a page,
 * the ratio of the public scenarios' walks (29 facts, 12 screens), whichever is larger.
 */
export function screensLeft(situation: Situation, options: { asOf: IsoDate }): number {
  const now = nextScreens(situation, options).length;
  if (now === 0) return 0;
  return Math.max(now, Math.ceil(questionsLeft(situation, options) / 2.5));
}

/**
 * Every fact still worth asking, in the order the screens would ask them (the volunteer form shows a chapter's
 * open fields in this order and hides the rest): the next screens' facts first, then the facts a title that is
 * not ruled out still needs, never a follow-up after an "I don't know" that would presume a "yes".
 */
export function factsToAsk(situation: Situation, options: { asOf: IsoDate }): FactId[] {
  const s = withDerivedResidence(situation, options.asOf);
  const ev = evaluateAll(situation, options);
  const first = screensFrom(s, ev).flatMap((x) => x.facts);
  const rest = [...neededFacts(s, ev, nextQuestionsFrom(s, ev))].filter((f) => !first.includes(f));
  return [...first, ...rest];
}

/** The answers a regime-gate fact may take. */
function regimeAnswers(fact: (typeof REGIME_GATE_FACTS)[number]): readonly unknown[] {
  const input = FACTS[fact].input;
  return input.kind === 'choice' ? input.options : [true, false];
}

/**
 * About how many questions are still to come, for the progress line ("about N left").
 * `nextQuestions` only lists what the cards can see now; until the nationality and the EU-family link are
 * known, the regime gate hides every card behind it, so the list would say "4 left" before 30 questions.
 * Until then, the estimate is the longest list among the possible answers to those two questions.
 */
export function questionsLeft(situation: Situation, options: { asOf: IsoDate }): number {
  const now = nextQuestions(situation, options);
  const open = REGIME_GATE_FACTS.filter((f) => situation[f] === undefined);
  if (open.length === 0) return now.length;
  let hypotheses: Situation[] = [situation];
  for (const fact of open) hypotheses = hypotheses.flatMap((h) => regimeAnswers(fact).map((v) => ({ ...h, [fact]: v }) as Situation));
  const others = now.filter((f) => !open.includes(f as (typeof REGIME_GATE_FACTS)[number]));
  let longest = 0;
  for (const h of hypotheses) longest = Math.max(longest, new Set([...others, ...nextQuestions(h, options)]).size);
  return longest + open.length;
}

export type { Evaluation, CardResult, Reason, Note } from './evaluate';
export type { Indicator, IndicatorId, Strength } from './indicators';
export { SCREENS, SCREEN_IDS, screenSpec, screenOfFact, checklistAnswers, type Screen, type ScreenSpec } from './screen-specs';
export type { HeldTitleInfo } from './renewals';
export type { IntegrationPath, IntegrationTest } from './integration-path';
export type { Situation } from './situation';
export { SituationSchema, parseSituation, SCHEMA_VERSION } from './situation';
export { FACTS, FACT_IDS, CHAPTERS, DONT_KNOW, type FactId } from './facts';
export { CATALOGUE, cardById } from './catalogue';
export { DOCUMENTS, DOCUMENT_GROUPS } from './documents';
export { documentRef } from './documents-for';
export { COMMISSION_REF, commissionCase, type CommissionCase } from './commission';
export {
  COMMISSION, COURT_CHALLENGE, DETENTION_SHORTEST_FIRST, IMPLICIT_REFUSAL, OQTF_CHALLENGE, OQTF_ENFORCEMENT, REMEDY_VALUES, implicitRefusalOf,
  oqtfDetention, type DetentionPlace, type ImplicitRefusalDelay,
} from './remedies';
export type { Card, LegalBasis } from './card';
export type { Alert, AlertId, ChallengeDeadline } from './alerts';
export { REFERRALS, REFERRAL_IDS, referralById, referralsFor, type Referral, type ReferralResult } from './referrals';
export type { Trace, Status, Tri } from './logic';
export { PERIOD_KINDS, withDerivedResidence, type ResidencePeriod } from './residence-periods';
