/**
 * Red flags shown before any title (legal README rule 6; F-10): a removal order and its
 * challenge deadline, a Dublin procedure, a refusal still open to challenge.
 *
 * The deadline is read against the evaluation date (`asOf`): a deadline that has passed is
 * said to have passed, never "challenge it now". An OQTF stays enforceable for 3 years
 * (L731-1, as amended by loi 2024-42; F-10 "Enforcement"), which is what makes filing in
 * person at the préfecture risky while it runs.
 */
import type { ArticleRef } from './references';
import { addDays, addMonths, addYears, type IsoDate } from './dates';
import { dateBounds } from './partial-dates';
import type { FactId } from './facts';
import type { Situation } from './situation';
import { COURT_CHALLENGE, DETENTION_SHORTEST_FIRST, OQTF_CHALLENGE, OQTF_ENFORCEMENT, type DetentionPlace } from './remedies';

export type AlertId =
  | 'oqtf' | 'other-removal' | 'removal-order-unknown' | 'dublin' | 'refusal-pending' | 'public-order' | 'eu-citizen'
  // The title held (F-6; rules/renewals.ts): renewal due within 30 days, filed late, or expired.
  | 'title-renewal-due' | 'title-renewal-late' | 'title-expired';

export type { DetentionPlace };

/** One challenge deadline: a last day when it can be computed, or a number of hours (retention). */
export interface ChallengeDeadline {
  detention: DetentionPlace;
  /** Last day to act, when the notification date is known. */
  deadline?: IsoDate;
  /** The deadline runs in hours (retention: 48 h). */
  deadlineHours?: number;
  /** On the evaluation date the deadline is over (only when it can be told from the notification date). */
  passed?: boolean;
}

export interface Alert {
  id: AlertId;
  ref: ArticleRef;
  /** Last day to act, when it can be computed. */
  deadline?: IsoDate;
  /** The deadline runs in hours (retention: 48 h). */
  deadlineHours?: number;
  /** The challenge deadline is over on the evaluation date: the page must not say "challenge it now". */
  deadlinePassed?: boolean;
  /**
   * Where the person is held is not known (unanswered or "I don't know"): the deadline depends
   * on it (F-10). Every case, shortest first; `deadline`/`deadlineHours` are then left out.
   */
  deadlineDepends?: ChallengeDeadline[];
  /**
   * L731-1 (F-10): an OQTF can be enforced (house arrest, detention, removal) for 3 years from the day it was made.
   * The order is dated on or before its notification, so 3 years after the notification is the latest that day can be.
   */
  enforceableUntil?: IsoDate;
  /** More than 3 years after the notification: no longer enforceable under L731-1. */
  enforcementEnded?: boolean;
  /** Days left until `deadline` (title renewals). */
  daysLeft?: number;
  /** End date of the title held (title renewals). */
  expiresOn?: IsoDate;
}

/**
 * L614-1 ff. (loi 2024-42, in force 15 Jul 2024; F-10): the deadlines of rules/remedies.ts (OQTF_CHALLENGE).
 * The hour of notification is not asked: the 48 hours are known to be over only from the third day after the
 * notification (the hours rounded up to whole days after it), and the 7 days after the seventh.
 */
function challengeDeadline(detention: DetentionPlace, notified: Notified | undefined, asOf: IsoDate): ChallengeDeadline {
  if (detention === 'retention') {
    const hours = OQTF_CHALLENGE.retention.hours;
    return { detention, deadlineHours: hours, ...(notified ? { passed: asOf > addDays(notified.latest, Math.ceil(hours / 24)) } : {}) };
  }
  if (!notified) return { detention };
  const last = (d: IsoDate) =>
    detention === 'house-arrest-or-prison' ? addDays(d, OQTF_CHALLENGE['house-arrest-or-prison'].days) : addMonths(d, OQTF_CHALLENGE.free.months);
  // A notification date known only to the month or year: no last day to show, but over if over even from its latest day.
  const passed = asOf > last(notified.latest);
  return notified.exact ? { detention, deadline: last(notified.latest), passed } : { detention, ...(passed ? { passed } : {}) };
}

/** The notification date: a full date, or the latest day of a date known only to the month or year (partial-dates.ts). */
interface Notified {
  latest: IsoDate;
  exact: boolean;
}

function oqtfAlert(s: Situation, asOf: IsoDate): Alert {
  const bounds = dateBounds(s.removalOrderNotifiedOn);
  const notified: Notified | undefined = bounds && { latest: bounds[1], exact: bounds[0] === bounds[1] };
  const alert: Alert = { id: 'oqtf', ref: OQTF_CHALLENGE.ref };
  const detention = s.detention;
  if (detention === 'free' || detention === 'house-arrest-or-prison' || detention === 'retention') {
    const d = challengeDeadline(detention, notified, asOf);
    if (d.deadline) alert.deadline = d.deadline;
    if (d.deadlineHours !== undefined) alert.deadlineHours = d.deadlineHours;
    if (d.passed) alert.deadlinePassed = true;
  } else {
    // F-10, issue 12 item 8: where the person is held is unknown, so is the deadline. Give every case, the
    // shortest first, rather than the 1 month of a free person (which would be wrong in detention).
    const cases = DETENTION_SHORTEST_FIRST.map((place) => challengeDeadline(place, notified, asOf));
    alert.deadlineDepends = cases;
    // Passed only when even the longest (1 month, free) is over.
    if (cases.every((c) => c.passed === true)) alert.deadlinePassed = true;
  }
  if (notified) {
    alert.enforceableUntil = addYears(notified.latest, OQTF_ENFORCEMENT.years);
    if (asOf > alert.enforceableUntil) alert.enforcementEnded = true;
  }
  return alert;
}

export function alertsFor(s: Situation, asOf: IsoDate): Alert[] {
  const alerts: Alert[] = [];
  if (s.removalOrder === 'oqtf') alerts.push(oqtfAlert(s, asOf));
  if (s.removalOrder === 'other-removal') alerts.push({ id: 'other-removal', ref: 'CESEDA L611-1' });
  // Issue 12 item 8: "I don't know" whether a removal decision was received is a red flag of its own:
  // the person must check their letters from the préfecture now, since the deadlines are very short (F-10).
  if (s.removalOrder === 'dont-know') alerts.push({ id: 'removal-order-unknown', ref: 'CESEDA L611-1' });
  if (s.dublinProcedure === true) alerts.push({ id: 'dublin', ref: 'CESEDA L572-1' });
  if (s.refusalPending === true) alerts.push({ id: 'refusal-pending', ref: COURT_CHALLENGE.ref });
  if (s.publicOrderConcern === true) alerts.push({ id: 'public-order', ref: 'CESEDA L412-5' });
  if (s.nationality === 'eu-eea-swiss') alerts.push({ id: 'eu-citizen', ref: 'CESEDA L231-1' });
  return alerts;
}

/** Facts the red flags need beyond the cards' own (asked right after the removal-order question). */
export function alertNeeds(s: Situation): FactId[] {
  return s.removalOrder === 'oqtf' ? ['removalOrderNotifiedOn', 'detention'] : [];
}
