/**
 * Screens: the facts shown together on one page of the wizard (issue 14).
 *
 * `nextQuestions` (questions.ts) says which facts can still change a card; this module decides how they are
 * shown, with the grouping declared once in screen-specs.ts (SCREENS).
 *
 * Order: red flags first (chapter "urgent"), then the screen that can rule out the most open titles (the
 * nationality, the "which of these describe you" checklist, the rare situations), ties in registry order.
 * A follow-up field is shown only when the answer it follows makes it matter (`showIf`), never after
 * "I don't know" (questions.ts already stops a card at an "I don't know").
 */
import { DONT_KNOW, FACTS, FACT_IDS, type FactId } from './facts';
import { screenOfFact, screenSpec, specFacts, type Screen, type ScreenField } from './screen-specs';
import type { Evaluation } from './evaluate';
import { nextQuestionsFrom } from './questions';
import type { Trace } from './logic';
import { REGIME_GATE_FACTS } from './conditions';
import { indicatorQuestions } from './indicators';
import { cardById } from './catalogue';
import type { Situation } from './situation';

/** "At most three fields that belong together" (issue 14). */
const MAX_FIELDS = 3;
const ORDER = new Map(FACT_IDS.map((id, i) => [id, i]));

/**
 * Facts a card could still ask: unanswered facts of its trace, stopping in an "all of" group after a condition
 * left unknown by an "I don't know" (what follows would presume a yes).
 */
function askable(t: Trace, s: Situation, into: Set<FactId>): 'blocked' | undefined {
  if (t.value !== 'unknown') return undefined;
  if (t.kind === 'test') {
    for (const x of t.missing) if (s[x] === undefined) into.add(x);
    return t.missing.some((x) => s[x] === DONT_KNOW) ? 'blocked' : undefined;
  }
  for (const c of t.children) if (askable(c, s, into) === 'blocked' && t.kind === 'all') return 'blocked';
  return undefined;
}

/**
 * Facts that can still change some open card (the reservations and deadline facts included), and those the
 * indicators of an open case-by-case route read (they tell how strong the case looks; rules/indicators.ts).
 */
export function neededFacts(s: Situation, ev: Evaluation, wanted: readonly FactId[]): Set<FactId> {
  const out = new Set<FactId>(wanted);
  let caseByCase = false;
  for (const r of ev.results) {
    if (r.status === 'not-eligible') continue;
    askable(r.conditions, s, out);
    for (const x of r.missing) if (s[x] === undefined && !r.conditions.missing.includes(x)) out.add(x);
    if (r.indicators) caseByCase = true;
    // What its deadline, fee or documents read (the OFII opinion…): asked beside its own page's facts.
    for (const x of cardById(r.id)?.infoNeeds ?? []) if (s[x] === undefined) out.add(x);
  }
  if (caseByCase) for (const x of indicatorQuestions(s, ev.asOf)) out.add(x);
  return out;
}

/** How many open cards a fact can rule out now: those whose next condition reads it. */
function splitScores(s: Situation, ev: Evaluation): Map<FactId, number> {
  const score = new Map<FactId, number>();
  for (const r of ev.results) {
    if (r.status === 'not-eligible') continue;
    const seen = new Set<FactId>();
    askable(r.conditions, s, seen);
    for (const x of seen) score.set(x, (score.get(x) ?? 0) + 1);
  }
  return score;
}

function showIfHolds(cond: ScreenField['showIf'], s: Situation): boolean | 'ask' {
  if (!cond) return true;
  const v = s[cond.fact];
  if (v === undefined) return 'ask';
  return cond.is.includes(v as string | boolean);
}

/** The screen a fact opens now: its declared group, narrowed to what can still matter. */
function screenFor(fact: FactId, s: Situation, wanted: ReadonlySet<FactId>, needed: ReadonlySet<FactId>): Screen {
  const spec = screenOfFact(fact);
  const single: Screen = { id: fact, kind: 'question', facts: [fact], showIf: {} };
  if (!spec) return single;
  if (spec.kind === 'checklist') {
    const items = spec.items.filter((x) => s[x] === undefined && needed.has(x));
    return items.length > 1 ? { id: spec.id, kind: 'checklist', facts: items, showIf: {} } : single;
  }
  const candidates: FactId[] = [];
  const showIf: Screen['showIf'] = {};
  for (const fl of spec.fields) {
    if (s[fl.fact] !== undefined) continue;
    // A fact the rules ask now is shown as it is; another fact of the group only when it can still change a
    // card, and a follow-up only with the answer that calls for it (on this page or saved).
    if (!wanted.has(fl.fact)) {
      if (!needed.has(fl.fact) && !(fl.always && fl.showIf)) continue;
      const holds = showIfHolds(fl.showIf, s);
      if (holds === false) continue;
      if (holds === 'ask') {
        if (!candidates.includes(fl.showIf!.fact)) continue;
        showIf[fl.fact] = fl.showIf;
      }
    }
    candidates.push(fl.fact);
  }
  // At most three on the page, the fact that opened it among them; the others come on a later page.
  const shown = candidates.length <= MAX_FIELDS || candidates.slice(0, MAX_FIELDS).includes(fact)
    ? candidates.slice(0, MAX_FIELDS)
    : [...candidates.filter((x) => x !== fact).slice(0, MAX_FIELDS - 1), fact].sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
  for (const x of Object.keys(showIf) as FactId[]) if (!shown.includes(x) || !shown.includes(showIf[x]!.fact)) delete showIf[x];
  if (!shown.includes(fact)) return single;
  return shown.length > 1 ? { id: spec.id, kind: 'fields', facts: shown, showIf } : single;
}

/** Red flags first (F-10), then who you are (the regime, rule 5), then "which of these describe you", then by score. */
function tierOf(screen: Screen): number {
  if (screen.facts.some((x) => FACTS[x].chapter === 'urgent')) return 0;
  if (screen.facts.some((x) => (REGIME_GATE_FACTS as readonly FactId[]).includes(x))) return 1;
  const spec = screenSpec(screen.id);
  return spec?.kind === 'checklist' && spec.routes ? 2 : 3;
}

/** Every screen the open questions fall into now, best first (red flags, then what rules out the most titles). */
export function screensFrom(s: Situation, ev: Evaluation): Screen[] {
  const wantedList = nextQuestionsFrom(s, ev);
  if (wantedList.length === 0) return [];
  const wanted = new Set(wantedList);
  const needed = neededFacts(s, ev, wantedList);
  const scores = splitScores(s, ev);
  const seen = new Set<string>();
  const screens: { screen: Screen; tier: number; score: number; order: number }[] = [];
  for (const fact of wantedList) {
    const screen = screenFor(fact, s, wanted, needed);
    if (seen.has(screen.id)) continue;
    seen.add(screen.id);
    screens.push({
      screen,
      tier: tierOf(screen),
      score: screen.facts.reduce((n, x) => n + (scores.get(x) ?? 0), 0),
      order: Math.min(...screen.facts.map((x) => ORDER.get(x)!)),
    });
  }
  screens.sort((a, b) => a.tier - b.tier || b.score - a.score || a.order - b.order);
  return screens.map((x) => x.screen);
}

/**
 * A screen opened by its page name (back link, reload, a link from the results): what it showed when the walk
 * reached it, with the saved answers filled in. Its own facts are taken out of the situation to rebuild it.
 */
export function screenView(id: string, s: Situation, evaluateWithout: (s: Situation) => Evaluation): Screen {
  if ((FACT_IDS as readonly string[]).includes(id)) return { id, kind: 'question', facts: [id as FactId], showIf: {} };
  const spec = screenSpec(id);
  if (!spec) return { id, kind: 'question', facts: [], showIf: {} };
  const own = specFacts(spec);
  const without: Situation = { ...s };
  for (const x of own) delete without[x];
  const ev = evaluateWithout(without);
  const wantedList = nextQuestionsFrom(without, ev);
  const wanted = new Set(wantedList);
  const needed = neededFacts(without, ev, wantedList);
  const first = own.find((x) => wanted.has(x)) ?? own.find((x) => needed.has(x));
  const answered = own.filter((x) => s[x] !== undefined);
  const built = first ? screenFor(first, without, wanted, needed) : undefined;
  // Saved answers are always shown, so they can be changed; then what the walk would ask.
  const facts = own.filter((x) => answered.includes(x) || built?.facts.includes(x));
  const showIf: Screen['showIf'] = {};
  if (spec.kind === 'fields') for (const fl of spec.fields) if (fl.showIf && facts.includes(fl.fact) && facts.includes(fl.showIf.fact)) showIf[fl.fact] = fl.showIf;
  return { id, kind: spec.kind, facts: facts.length > 0 ? facts : own, showIf };
}

export { SCREENS, SCREEN_IDS, screenSpec, specFacts, checklistAnswers, checklistReady, screenOfFact } from './screen-specs';
export type { Screen, ScreenField, ScreenSpec } from './screen-specs';
