/**
 * eligibleFrom for many cards at once, without freezing the page.
 *
 * eligibleFrom (rules/projection.ts) evaluates the whole catalogue month by month, for one card:
 * about 100 ms per card, 10 s for the ~95 cards a person is usually not eligible for. Here the
 * same month dates are evaluated once for every card (120 evaluations, yielding to the page
 * between batches); eligibleFrom itself then runs only for the cards that open on one of those
 * dates, and gives the answer shown. A card that opens on none of them gets what eligibleFrom
 * returns in that case ({ resolves: [] }): the two scans read the same dates.
 */
import { evaluate, type Situation } from '../../rules';
import { eligibleFrom, type Projection } from '../../rules/projection';
import { addMonths, type IsoDate } from '../../rules/dates';

const HORIZON_MONTHS = 120;
const BATCH = 6;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function projectAll(
  s: Situation,
  cardIds: readonly string[],
  asOf: IsoDate,
  isCancelled: () => boolean = () => false,
): Promise<Map<string, Projection> | undefined> {
  const waiting = new Set(cardIds);
  const opens = new Set<string>();
  for (let m = 1; m <= HORIZON_MONTHS && waiting.size > 0; m++) {
    if (m % BATCH === 0) {
      await pause();
      if (isCancelled()) return undefined;
    }
    const ev = evaluate(s, { asOf: addMonths(asOf, m) });
    for (const r of ev.results) {
      if (waiting.has(r.id) && r.status !== 'not-eligible') {
        waiting.delete(r.id);
        opens.add(r.id);
      }
    }
  }
  const out = new Map<string, Projection>();
  for (const id of cardIds) {
    if (!opens.has(id)) {
      out.set(id, { resolves: [] });
      continue;
    }
    await pause();
    if (isCancelled()) return undefined;
    out.set(id, eligibleFrom(s, id, { asOf, horizonMonths: HORIZON_MONTHS }));
  }
  return out;
}
