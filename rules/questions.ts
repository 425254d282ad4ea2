/**
 * nextQuestions: which facts to ask, in which order.
 *
 * Order (explicit, not heuristic): the order of the fact registry in facts.ts, which is
 *   1. urgent red flags (removal order, its date, detention, Dublin, a refusal to challenge);
 *   2. who you are (nationality, EU family link), which routes the regime;
 *   3. your stay (entry, visa, titles, residence dates, protection status);
 *   4. family; 5. health; 6. work and study; 7. integration and the reservations;
 *   8. where you live (postcode), only to say where to file.
 * Only facts that can still change a card are asked: the missing facts of cards that are
 * not yet decided (a decided branch has no missing facts, see logic.ts). A fact answered
 * "I don't know" is never asked again.
 */
import { alertNeeds } from './alerts';
import { FACT_IDS, type FactId } from './facts';
import type { Evaluation } from './evaluate';
import type { Situation } from './situation';

const ORDER = new Map(FACT_IDS.map((id, i) => [id, i]));

export function nextQuestionsFrom(s: Situation, ev: Evaluation): FactId[] {
  const wanted = new Set<FactId>();
  for (const r of ev.results) if (r.status !== 'not-eligible') for (const f of r.missing) wanted.add(f);
  if (s.removalOrder === undefined) wanted.add('removalOrder');
  for (const f of alertNeeds(s)) wanted.add(f);
  // Where to file matters once some title is open.
  if (ev.results.some((r) => r.status !== 'not-eligible')) wanted.add('postcode');
  return [...wanted].filter((f) => s[f] === undefined).sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}
