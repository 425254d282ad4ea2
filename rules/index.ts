/** The rules module's public surface: pure functions, no React, no Next, no clock. */
import { evaluate as evaluateAll, type Evaluation } from './evaluate';
import { nextQuestionsFrom } from './questions';
import { withDerivedResidence } from './residence-periods';
import type { Situation } from './situation';
import type { IsoDate } from './dates';
import type { FactId } from './facts';

export function evaluate(situation: Situation, options: { asOf: IsoDate }): Evaluation {
  return evaluateAll(situation, options);
}

/** The facts still worth asking, most important first (order documented in questions.ts). */
export function nextQuestions(situation: Situation, options: { asOf: IsoDate }): FactId[] {
  // Facts derived from a residence history count as answered.
  return nextQuestionsFrom(withDerivedResidence(situation, options.asOf), evaluateAll(situation, options));
}

export type { Evaluation, CardResult, Reason } from './evaluate';
export type { Situation } from './situation';
export { SituationSchema, parseSituation, SCHEMA_VERSION } from './situation';
export { FACTS, FACT_IDS, CHAPTERS, DONT_KNOW, type FactId } from './facts';
export { CATALOGUE, cardById } from './catalogue';
export { DOCUMENTS, DOCUMENT_GROUPS } from './documents';
export type { Card, LegalBasis } from './card';
export type { Alert } from './alerts';
export { REFERRALS, REFERRAL_IDS, referralById, referralsFor, type Referral, type ReferralResult } from './referrals';
export type { Trace, Status, Tri } from './logic';
export { PERIOD_KINDS, withDerivedResidence, type ResidencePeriod } from './residence-periods';
