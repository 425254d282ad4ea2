/**
 * nextQuestions: which facts to ask, in which order.
 *
 * Order (explicit, not heuristic): the order of the fact registry in facts.ts, which is
 *   1. urgent red flags (removal order, its date, detention, Dublin, a refusal to challenge);
 *   2. who you are (nationality, EU family link), which routes the regime;
 *   3. your stay: the title held first (its ground and end date), then entry and visa only where a card that could
 *      still change the answer needs them (never for a renewal: renewals.ts), residence dates, protection status;
 *   4. family; 5. health; 6. work and study; 7. integration and the reservations;
 *   8. where you live (postcode), only to say where to file.
 * Only facts that can still change a card are asked: the missing facts of cards that are
 * not yet decided (a decided branch has no missing facts, see logic.ts). Within a card,
 * conditions are asked in the card's own order: a card offers only the facts of its first
 * open condition, so its gate ("are you a parent of a French child?") comes before its
 * details ("since when do you support the child?"), and the details are never asked when
 * the gate fails. A fact answered "I don't know" is never asked again, and the conditions that come
 * after it in the same "all of" group are not asked either: they would presume a "yes" (issue 14: no
 * "since when do you support the child?" after "I don't know" to "do you have a French child?").
 * An alternative ("one of") is still asked: it does not presume the other branch.
 */
import { alertNeeds } from './alerts';
import { DONT_KNOW, FACT_IDS, type FactId } from './facts';
import { cardById } from './catalogue';
import type { CardResult } from './evaluate';
import type { Evaluation } from './evaluate';
import type { Trace } from './logic';
import type { Situation } from './situation';
import { indicatorQuestions } from './indicators';

const ORDER = new Map(FACT_IDS.map((id, i) => [id, i]));

/** Titles with a ground and an end date worth asking (renewals.ts: HELD_WITH_WINDOW). */
const HOLDS_CARD: readonly string[] = [
  'vls-ts', 'cst-1-year', 'multi-year-card', 'resident-card-10-years', 'algerian-certificate-1-year', 'algerian-certificate-10-years', 'aps',
];
/** Holders of these renew a card (or change status from it): never asked how they entered France. */
const RENEWS_A_CARD: readonly string[] = [
  'vls-ts', 'cst-1-year', 'multi-year-card', 'resident-card-10-years', 'algerian-certificate-1-year', 'algerian-certificate-10-years',
];
const ENTRY_FACTS: readonly FactId[] = ['entryDate', 'entryVisa', 'longStayVisaPurpose'];
/** Cards whose ground (mention) decides what comes next: the same card renewed, the CSP, or a change of status. */
const HAS_GROUND: readonly string[] = ['vls-ts', 'cst-1-year', 'multi-year-card', 'algerian-certificate-1-year'];

export function nextQuestionsFrom(s: Situation, ev: Evaluation): FactId[] {
  const wanted = new Set<FactId>();
  for (const r of ev.results) {
    if (r.status === 'not-eligible') continue;
    const first = firstOpen(r.conditions, s);
    if (first === BLOCKED) {
      // Still the reservations (public order, polygamy): they presume nothing about the blocked condition.
      for (const f of r.missing) if (s[f] === undefined && !r.conditions.missing.includes(f)) wanted.add(f);
      continue;
    }
    // Reservations (public order, polygamy, removal order) come once the card's own conditions are settled.
    for (const f of first ?? r.missing) if (s[f] === undefined) wanted.add(f);
    // Once the card itself is settled, the facts its deadline, fee or documents depend on.
    if (!first && r.missing.length === 0) for (const f of infoNeeds(r)) if (s[f] === undefined) wanted.add(f);
    // A case-by-case route, once settled: the facts its indicators read (rules/indicators.ts), so the
    // person learns how strong the case looks.
    if (!first && r.missing.length === 0 && r.indicators) for (const f of indicatorQuestions(s, ev.asOf)) wanted.add(f);
  }
  // Red flags are asked of everyone, first: a removal order, a refusal still open to challenge;
  // a Dublin procedure only concerns asylum seekers.
  wanted.add('removalOrder');
  wanted.add('refusalPending');
  // The title held, early and of everyone once the regime is known (X6: a renewal is not a first issue); for a holder,
  // its ground and end date (the renewal window, F-6). Entry questions then come only from cards that still need them:
  // a renewal never does (renewals.ts).
  if (s.nationality !== undefined) wanted.add('currentTitle');
  if (HOLDS_CARD.includes(String(s.currentTitle))) wanted.add('currentTitleExpiry');
  if (HAS_GROUND.includes(String(s.currentTitle))) wanted.add('currentTitleGround');
  if (s.protectionStatus === 'asylum-seeker') wanted.add('dublinProcedure');
  for (const f of alertNeeds(s)) wanted.add(f);
  // Where to file matters once some title is open.
  if (ev.results.some((r) => r.status !== 'not-eligible')) wanted.add('postcode');
  // A holder of a card renews it or changes status from a lawful stay: the entry questions (X1) are first-issue
  // questions that cannot change a renewal (X6), so the walk does not ask them; a card that still reads them shows
  // them as missing, answerable from the results page.
  if (RENEWS_A_CARD.includes(String(s.currentTitle))) for (const f of ENTRY_FACTS) wanted.delete(f);
  return [...wanted].filter((f) => s[f] === undefined).sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/** Stands for "this branch waits on an 'I don't know': ask nothing after it". */
const BLOCKED: FactId[] = [];

/**
 * The facts of the first condition (depth-first, in card order) that still waits for an answer;
 * BLOCKED when an "all of" group meets a condition left unknown by an "I don't know" before that.
 */
function firstOpen(t: Trace, s: Situation): FactId[] | undefined {
  if (t.value !== 'unknown') return undefined;
  if (t.kind === 'test') {
    const open = t.missing.filter((f) => s[f] === undefined);
    if (open.length > 0) return open;
    return t.missing.some((f) => s[f] === DONT_KNOW) ? BLOCKED : undefined;
  }
  let blocked = false;
  for (const c of t.children) {
    const found = firstOpen(c, s);
    if (found === BLOCKED) {
      // "All of": what follows presumes this condition met. "One of" / "not": the next branch stands alone.
      if (t.kind === 'all') return BLOCKED;
      blocked = true;
      continue;
    }
    if (found) return found;
  }
  return blocked ? BLOCKED : undefined;
}

/** Whether a visa de régularisation is due reads the entry and the current title (fees.ts). */
const FEE_FACTS: readonly FactId[] = ['currentTitle', 'entryVisa', 'entryDate'];

function infoNeeds(r: CardResult): readonly FactId[] {
  const own = cardById(r.id)?.infoNeeds ?? [];
  return r.fee.maybeParts.length > 0 ? [...own, ...FEE_FACTS] : own;
}
