/**
 * "Eligible from" for the ruled-out titles, computed after the page has shown (the rules
 * module's eligibleFromMany evaluates each month once for the whole catalogue).
 */
import type { Situation } from '../../rules';
import { eligibleFromMany, type Projection } from '../../rules/projection';
import type { IsoDate } from '../../rules/dates';

const HORIZON_MONTHS = 120;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function projectAll(
  s: Situation,
  cardIds: readonly string[],
  asOf: IsoDate,
  isCancelled: () => boolean = () => false,
): Promise<Map<string, Projection> | undefined> {
  await pause();
  if (isCancelled()) return undefined;
  return eligibleFromMany(s, cardIds, { asOf, horizonMonths: HORIZON_MONTHS });
}
