/** Out-of-date law is the biggest danger (design §1, OpenFisca): every card says when it was checked. */
import type { Card } from './card';
import { addMonths, type IsoDate } from './dates';

/** Cards last verified more than 12 months before `today`. */
export const staleCards = (cards: readonly Card[], today: IsoDate) => cards.filter((c) => addMonths(c.verifiedOn, 12) < today);

/** Dated routes that have ended although nobody checked after their end date. */
export const expiredUnchecked = (cards: readonly Card[], today: IsoDate) =>
  cards.filter((c) => c.validUntil !== undefined && c.validUntil < today && c.verifiedOn <= c.validUntil);
