/** Fees for one card and one person, from the dated parameters (F-7, X8). */
import type { ArticleRef } from './references';
import type { Card } from './card';
import { holdsResidenceTitle, owesRegularisationVisa } from './conditions';
import { addYears, isIsoDate, type IsoDate } from './dates';
import { amountUncertainOn, ParamNotKnownOnDate, paramOn, PARAMS, type ParamName } from './params';
import type { Situation } from './situation';

export type FeePartId =
  | 'first-issue-tax' | 'first-issue-tax-reduced' | 'renewal-tax' | 'renewal-tax-reduced'
  | 'stamp-duty' | 'regularisation-visa' | 'aps-tax';

export interface FeePart {
  id: FeePartId;
  amount: number;
  ref: ArticleRef;
  /** Part of the amount paid at filing and kept even if the request fails (L436-4). */
  atFiling?: number;
  /** Whether this part is due at all is not settled for this person (shown "to be confirmed"). */
  verify?: boolean;
}

export interface FeeResult {
  free: boolean;
  parts: FeePart[];
  /** Parts that depend on an unanswered fact. */
  maybeParts: FeePart[];
  total: number;
  verify: boolean;
  /**
   * The evaluation date is before the first amount the parameters know (fees before 1 May 2021):
   * no amount is given (parts empty, total 0) and the page says the amount on that date is unknown.
   */
  amountUnknown?: boolean;
}

const AMOUNT_UNKNOWN: FeeResult = { free: false, parts: [], maybeParts: [], total: 0, verify: true, amountUnknown: true };

/** The parameters each fee part reads (the visa de régularisation also reads its part paid at filing). */
const PART_PARAMS: Record<FeePartId, readonly ParamName[]> = {
  'first-issue-tax': ['firstIssueTax'],
  'first-issue-tax-reduced': ['firstIssueTaxReduced'],
  'renewal-tax': ['renewalTax'],
  'renewal-tax-reduced': ['renewalTaxReduced'],
  'stamp-duty': ['stampDuty'],
  'regularisation-visa': ['regularisationVisa', 'regularisationVisaAtFiling'],
  'aps-tax': ['apsTax'],
};

const part = (id: FeePartId, asOf: IsoDate): FeePart => {
  const name = PART_PARAMS[id][0]!;
  return { id, amount: paramOn(name, asOf), ref: PARAMS[name].ref };
};

/** The amount of this part on `asOf` comes from a step the reference marks ⚠ (params.ts, step `verify`). */
const amountUncertain = (p: FeePart, asOf: IsoDate) => PART_PARAMS[p.id].some((name) => amountUncertainOn(name, asOf));

/**
 * L436-4 charges the visa de régularisation to a foreigner "âgé de plus de dix-huit ans" who entered irregularly or
 * stayed without a title. For someone who entered as a minor and applies on turning 18 (before the 19th birthday,
 * the R431-5 window), whether it is due is not settled (issue 12 item 15; P11: "arguable that none is due",
 * confidence low): the part is kept, with a verify flag. Years spent here as an adult without a title are not doubtful.
 */
export function enteredAsMinorApplyingAt18(s: Situation, asOf: IsoDate): boolean {
  if (typeof s.birthDate !== 'string' || s.birthDate === 'dont-know') return false;
  const eighteenth = addYears(s.birthDate, 18);
  if (asOf >= addYears(s.birthDate, 19)) return false;
  if (typeof s.entryDate === 'string' && s.entryDate !== 'dont-know') return s.entryDate < eighteenth;
  // No entry date given: living in France since a full date before the 18th birthday proves the entry as a minor
  // (a child who came with a parent, L423-21, is often never asked the entry date).
  const since = s.habitualResidenceSince;
  return typeof since === 'string' && isIsoDate(since) && since < eighteenth;
}

/** The card charges a visa de régularisation (certain or maybe) whose basis is doubtful for this person. */
export function regularisationVisaDoubtful(card: Card, s: Situation, asOf: IsoDate): boolean {
  return !card.fee.regularisationVisaExempt && card.fee.tax !== 'free' && card.fee.tax !== 'aps' &&
    owesRegularisationVisa(s, asOf) !== false && enteredAsMinorApplyingAt18(s, asOf);
}

/**
 * The card's L436-1 exemption applies to this person: always for `exempt` (retraité), on first issue only for
 * `exempt-first-issue` (a holder of a title pays the renewal tax, F-7).
 */
const exemptionApplies = (rule: Card['fee'], s: Situation): boolean =>
  rule.tax === 'exempt' || (rule.tax === 'exempt-first-issue' && !holdsResidenceTitle(s));

/**
 * Whether the card's fee rule is to be confirmed on `asOf` without computing the amounts (evaluate's verify note): the
 * rule's own flag; for an APS the step of the APS tax in force (L436-1 II from 1 May 2026, exemptions unclear ⚠;
 * before that date an APS was free, F-7); for an exemption the step of `exemptTax` in force (whether LF 2026 kept the
 * exempt lists is UNCONFIRMED from 1 May 2026, F-7; before that date the exemption is certain).
 */
export const feeRuleUncertainOn = (card: Pick<Card, 'fee'>, asOf: IsoDate, s: Situation): boolean =>
  card.fee.verify === true ||
  (card.fee.tax === 'aps' && amountUncertainOn('apsTax', asOf)) ||
  (exemptionApplies(card.fee, s) && amountUncertainOn('exemptTax', asOf));

export function computeFee(card: Card, s: Situation, asOf: IsoDate): FeeResult {
  try {
    return feeOn(card, s, asOf);
  } catch (e) {
    // Issue 12: a valid date before the first known amount never crashes a page or the CLI.
    if (e instanceof ParamNotKnownOnDate) return { ...AMOUNT_UNKNOWN, parts: [], maybeParts: [] };
    throw e;
  }
}

function feeOn(card: Card, s: Situation, asOf: IsoDate): FeeResult {
  const rule = card.fee;
  const verify = rule.verify ?? false;
  if (rule.tax === 'free') return { free: true, parts: [], maybeParts: [], total: 0, verify };
  if (rule.tax === 'aps') {
    const aps = part('aps-tax', asOf);
    return { free: aps.amount === 0, parts: aps.amount ? [aps] : [], maybeParts: [], total: aps.amount, verify: verify || amountUncertain(aps, asOf) };
  }
  const renewal = holdsResidenceTitle(s);
  const parts: FeePart[] = [];
  if (renewal) {
    // F-7 (filing-fees-remedies.md, verified 2026-11-30): the retraité cards (L426-8/9) are
    // tax-exempt "always", renewal included; only the stamp duty is paid.
    if (rule.tax !== 'exempt') parts.push(rule.tax === 'reduced' ? part('renewal-tax-reduced', asOf) : part('renewal-tax', asOf));
  } else if (rule.tax === 'standard') {
    parts.push(part('first-issue-tax', asOf));
  } else if (rule.tax === 'reduced') {
    parts.push(part('first-issue-tax-reduced', asOf));
  }
  parts.push(part('stamp-duty', asOf));

  const maybeParts: FeePart[] = [];
  if (!rule.regularisationVisaExempt) {
    const owes = owesRegularisationVisa(s, asOf);
    const doubtful = enteredAsMinorApplyingAt18(s, asOf);
    const visa: FeePart = { ...part('regularisation-visa', asOf), atFiling: paramOn('regularisationVisaAtFiling', asOf), ...(doubtful ? { verify: true } : {}) };
    if (owes === true) parts.push(visa);
    else if (owes === 'unknown') maybeParts.push(visa);
  }
  // F-7 (verified 2026-11-30): the 2026 first-issue amounts rest on LF 2026 art. 128, "consolidated text not seen ⚠":
  // their steps carry `verify`, so the amount in force on the date says whether it is to be confirmed.
  const uncertain = parts.some((p) => amountUncertain(p, asOf) || p.verify === true) || maybeParts.some((p) => p.verify === true) ||
    // F-7: an exemption from 1 May 2026 rests on exempt lists LF 2026 may not have kept (UNCONFIRMED).
    (exemptionApplies(rule, s) && amountUncertainOn('exemptTax', asOf));
  return { free: false, parts, maybeParts, total: parts.reduce((t, p) => t + p.amount, 0), verify: verify || uncertain };
}
