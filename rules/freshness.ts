/**
 * Out-of-date law is the biggest danger (design §1, OpenFisca): every card says when it was checked,
 * derived from the register (rules/references.ts: the oldest `verifiedOn` among its articles).
 */
import type { Card } from './card';
import { addMonths, type IsoDate } from './dates';
import { ARTICLES, cardVerifiedOn, type Register } from './references';

/** Cards last verified more than 12 months before `today`. */
export const staleCards = (cards: readonly Card[], today: IsoDate, register: Register = ARTICLES) =>
  cards.filter((c) => addMonths(cardVerifiedOn(c, register), 12) < today);

/** Dated routes that have ended although nobody checked after their end date. */
export const expiredUnchecked = (cards: readonly Card[], today: IsoDate, register: Register = ARTICLES) =>
  cards.filter((c) => c.validUntil !== undefined && c.validUntil < today && cardVerifiedOn(c, register) <= c.validUntil);
