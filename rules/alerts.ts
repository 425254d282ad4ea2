/**
 * Red flags shown before any title (legal README rule 6; F-10): a removal order and its
 * challenge deadline, a Dublin procedure, a refusal still open to challenge.
 */
import { addDays, addMonths, type IsoDate } from './dates';
import type { FactId } from './facts';
import type { Situation } from './situation';

export interface Alert {
  id: 'oqtf' | 'other-removal' | 'dublin' | 'refusal-pending' | 'public-order' | 'eu-citizen'
    // The title held (F-6; rules/renewals.ts): renewal due within 30 days, filed late, or expired.
    | 'title-renewal-due' | 'title-renewal-late' | 'title-expired';
  ref: string;
  /** Last day to act, when it can be computed. */
  deadline?: IsoDate;
  /** The deadline runs in hours (retention: 48 h). */
  deadlineHours?: number;
  /** Days left until `deadline` (title renewals). */
  daysLeft?: number;
  /** End date of the title held (title renewals). */
  expiresOn?: IsoDate;
}

export function alertsFor(s: Situation): Alert[] {
  const alerts: Alert[] = [];
  if (s.removalOrder === 'oqtf') {
    const notified = typeof s.removalOrderNotifiedOn === 'string' && s.removalOrderNotifiedOn !== 'dont-know' ? s.removalOrderNotifiedOn : undefined;
    // L614-1 ff. (loi 2024-42, in force 15 Jul 2024): 1 month when free, 7 days under house arrest or in prison, 48 h in retention.
    if (s.detention === 'retention') alerts.push({ id: 'oqtf', ref: 'CESEDA L614-1', deadlineHours: 48 });
    else if (s.detention === 'house-arrest-or-prison') alerts.push({ id: 'oqtf', ref: 'CESEDA L614-1', deadline: notified ? addDays(notified, 7) : undefined });
    else alerts.push({ id: 'oqtf', ref: 'CESEDA L614-1', deadline: notified ? addMonths(notified, 1) : undefined });
  }
  if (s.removalOrder === 'other-removal') alerts.push({ id: 'other-removal', ref: 'CESEDA L611-1' });
  if (s.dublinProcedure === true) alerts.push({ id: 'dublin', ref: 'CESEDA L572-1' });
  if (s.refusalPending === true) alerts.push({ id: 'refusal-pending', ref: 'CJA R421-1' });
  if (s.publicOrderConcern === true) alerts.push({ id: 'public-order', ref: 'CESEDA L412-5' });
  if (s.nationality === 'eu-eea-swiss') alerts.push({ id: 'eu-citizen', ref: 'CESEDA L231-1' });
  return alerts;
}

/** Facts the red flags need beyond the cards' own (asked right after the removal-order question). */
export function alertNeeds(s: Situation): FactId[] {
  return s.removalOrder === 'oqtf' ? ['removalOrderNotifiedOn', 'detention'] : [];
}
