/**
 * The AT/MP (work accident, occupational disease) cards: VPF-9 (L426-5, a CST) and CR-3 (L426-6 holder, L426-7
 * survivors, a carte de résident), general-regime.md. Plein droit, proved by the pension decision, filed at the
 * préfecture (channel to verify), reduced fee; the same source for all three.
 */
import type { Card } from '../../card';
import type { ArticleRef } from '../../references';
import { test, type Condition } from '../../logic';

export const WORK_ACCIDENT_CARD = {
  regime: 'general',
  kind: 'plein-droit',
  documents: ['work-accident-pension-decision'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'reduced' },
  confidence: 'H',
  sources: ['juriblio CESEDA IV-II-VI s.2 ss.1'],
} as const satisfies Partial<Card>;

/** A pension paid by a French body for a permanent incapacity of at least 20 % (L426-5, L426-6). */
export const frenchWorkAccidentPension20 = (ref: ArticleRef): Condition =>
  test('french-work-accident-pension-20-percent', ref, ['workAccidentPension20'], (s) => s.workAccidentPension20 === true);
