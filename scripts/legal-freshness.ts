/**
 * Legal freshness, printed by CI:
 *  - a WARNING for every card whose validUntil has passed while its verifiedOn (the oldest check of its
 *    articles, rules/references.ts) is earlier than
 *    that date (someone must check whether the law was extended);
 *  - exit 1 if a card's verifiedOn is more than 12 months old (tests/freshness.test.ts checks the same
 *    rule with an injected date).
 */
import { CATALOGUE } from '../rules/catalogue';
import { staleCards, expiredUnchecked } from '../rules/freshness';
import { cardVerifiedOn } from '../rules/references';

const today = new Date().toISOString().slice(0, 10);
for (const c of expiredUnchecked(CATALOGUE, today)) {
  console.log(`WARNING: ${c.id} (${c.legalBasis.join(', ')}) ended on ${c.validUntil} but was last verified on ${cardVerifiedOn(c)}: check whether the law was extended.`);
}
const stale = staleCards(CATALOGUE, today);
for (const c of stale) console.log(`STALE: ${c.id} was last verified on ${cardVerifiedOn(c)}, more than 12 months before ${today}.`);
console.log(`legal freshness: ${CATALOGUE.length} cards checked on ${today}, ${stale.length} stale`);
process.exitCode = stale.length > 0 ? 1 : 0;
