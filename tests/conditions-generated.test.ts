/**
 * Tests generated from the condition trees (issue 16). Every card file ends with an example person who meets the card
 * (tests/helpers/card-examples.ts). For every card and every condition (`test` node) of its tree as it applies to
 * that person (renewals.ts `heldTitleConditions`), this file:
 *  - takes the condition's facts (`needs`) away from the person: the condition becomes unknown, never unmet (scenarios
 *    README: unknown is never "no"); when the card rested on it, the card is `possible` and names it among its unknown
 *    conditions;
 *  - changes one of those facts to each value its input allows (a yes/no, each option, a few numbers and dates): when
 *    a value makes the condition unmet and the card rested on it, the card is `not-eligible` with that condition named
 *    among the reasons.
 * Conditions that no removal can make unknown are listed with their reason (NO_FACT), never skipped in silence.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../rules/catalogue';
import { CARD_IDS } from '../rules/card-ids';
import type { Card } from '../rules/card';
import { FACTS, type FactId } from '../rules/facts';
import type { Condition, TestNode, Trace } from '../rules/logic';
import { heldTitleConditions } from '../rules/renewals';
import type { Situation } from '../rules/situation';
import { addDays, addYears, type IsoDate } from '../rules/dates';
import { EXAMPLE_AS_OF, EXAMPLE_FILES, EXAMPLES, type PersonExample as CardExample } from './helpers/card-examples';
import { result as resultOf, without } from './helpers/card-cases';

const asOfOf = (e: CardExample): IsoDate => e.asOf ?? EXAMPLE_AS_OF;

/** The `test` nodes of a condition tree, with their path of ancestors. */
function leaves(c: Condition, path: readonly Condition[] = []): { node: TestNode; path: readonly Condition[] }[] {
  if (c.kind === 'test') return [{ node: c, path }];
  const of = c.kind === 'not' ? [c.of] : c.of;
  return of.flatMap((x) => leaves(x, [...path, c]));
}

/** A node of a trace by id, with its ancestors. */
function findTrace(t: Trace, id: string, path: Trace[] = []): { node: Trace; path: Trace[] } | undefined {
  if (t.id === id && t.kind === 'test') return { node: t, path };
  for (const c of t.children) {
    const found = findTrace(c, id, [...path, t]);
    if (found) return found;
  }
  return undefined;
}

/** The unknown conditions a card's value rests on: reached from the root without crossing an unmet node. */
function openLeaves(t: Trace): Trace[] {
  if (t.value === 'unmet') return [];
  if (t.kind === 'test') return t.value === 'unknown' ? [t] : [];
  return t.children.flatMap(openLeaves);
}
const unknownLeaves = (t: Trace) => openLeaves(t).map((n) => n.id);

/**
 * How the example person uses a condition: `rests-on` it (every "one of" above it has no other branch met), `has-another`
 * branch met above it, or `not-taken` (it lies in a "one of" branch the person does not use, left out of the trace).
 */
function roleOf(base: Trace, id: string): 'rests-on' | 'has-another' | 'not-taken' {
  const found = findTrace(base, id);
  if (!found) return 'not-taken';
  const chain = [...found.path, found.node];
  // Under a "not" of an unmet group (a first student card: not "holds a student title"), the condition does not count.
  if (chain.some((t) => t.value === 'unmet')) return 'not-taken';
  for (let i = 0; i < found.path.length; i++) {
    const parent = found.path[i]!;
    if (parent.kind !== 'any') continue;
    const onPath = chain[i + 1]!;
    if (parent.children.some((c) => c !== onPath && c.value === 'met')) return 'has-another';
  }
  return 'rests-on';
}

/** Every "one of" above the condition has no other branch met or open, and no "not" turns its no into a yes. */
function closesEveryBranch(t: Trace, id: string): boolean {
  const found = findTrace(t, id);
  if (!found) return false;
  const chain = [...found.path, found.node];
  return found.path.every((p, i) => p.kind === 'all' || (p.kind === 'any' && p.children.every((c) => c === chain[i + 1] || c.value === 'unmet')));
}

/** Values a fact may take, for the falsifying search: every option, both answers, a spread of numbers and dates. */
function candidates(fact: FactId, asOf: IsoDate): unknown[] {
  const input = FACTS[fact].input;
  switch (input.kind) {
    case 'yes-no': return [true, false];
    case 'choice': return [...input.options];
    case 'number': return [...new Set([input.min, 0, 1, 2, 3, 5, 10, 20, 100, 1000, 20000, 50000, input.max])].filter((n) => n >= input.min && n <= input.max);
    case 'date': return [addDays(asOf, 20), addDays(asOf, -20), ...[1, 2, 3, 4, 5, 7, 10, 13, 16, 18, 20, 30, 60].map((y) => addYears(asOf, -y))];
    case 'postcode': return ['75013', '13001', '97400'];
  }
}

/**
 * Conditions that read no fact of the person (they read other cards' results or nothing at all): taking facts away
 * cannot make them unknown. Each is listed with why; the subsidiarity tests are checked by the listed cards' own tests.
 */
const NO_FACT: Readonly<Record<string, string>> = {
  'within-another-art-6-case': 'AFA 6-5 subsidiarity (DZ-6.5): reads the results of the preceding art. 6 cards, whose facts decide it',
  'not-within-listed-family-card': 'L423-23 subsidiarity (VPF-7): reads the results of the listed family cards, whose facts decide it',
  'spouse-is-foreign-national': 'L426-9 / AFA 7ter: declares no fact of its own (a yes to the retraité-card question implies it, O-4); the test returns unknown itself',
  'integration-exams-not-yet-required': 'reads only the evaluation date (2026 levels and exams from 1 Jan 2026, X5)',
  'integration-exam-not-applicable-to-accord-card': 'always unknown: whether L413-7 applies to an accord card is unconfirmed (verify note)',
  'nature-of-family-ties-abroad': 'the préfet grades family ties abroad (L423-22): always "unknown, assessed by the préfet"',
  'first-renewal-prefet-discretion': 'the préfet may refuse a first renewal (L426-4): always "unknown, assessed by the préfet"',
  'humanitarian-or-exceptional-reasons': 'L435-1: the préfet weighs the reasons; the circular\'s guidance is shown as indicators, never as a status',
  'integration-and-republican-values': 'L435-4: integration is weighed by the préfet: always "unknown, assessed by the préfet"',
  'mayor-opinion': 'L413-7: the mayor\'s opinion on integration goes to the préfecture: always "unknown, assessed by the préfet"',
  'disproportionate-interference': 'L423-23: proportionality is the préfet\'s assessment, case by case (indicators only)',
  'refusal-disproportionate-to-private-family-life': 'AFA 6-5: proportionality is the préfet\'s assessment, case by case (indicators only)',
  'cer-not-required-for-this-case': 'always unknown: the Tunisian CER exemptions "in listed cases" are not listed by the sources (X4, verify note)',
  'ties-still-justify-stay': 'L433-4 after L423-23: whether the ties still justify the stay is the préfet\'s assessment',
};

const counts = { cards: 0, conditions: 0, restsOn: 0, hasAnother: 0, notTaken: 0, noFact: 0, falsified: 0, noFalsifier: 0 };
const noFalsifier: string[] = [];

describe('card examples', () => {
  it('CARD_IDS and the catalogue hold the same card ids, each once', () => {
    expect([...CARD_IDS].sort()).toEqual(CATALOGUE.map((c) => c.id).sort());
    expect(new Set(CARD_IDS).size).toBe(CARD_IDS.length);
  });

  it('every card has exactly one example person, and every example names a card', () => {
    const ids = EXAMPLE_FILES.map((x) => x.example.card);
    expect(CATALOGUE.filter((c) => !ids.includes(c.id)).map((c) => c.id), 'cards without an example').toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'cards with two examples').toEqual([]);
  });

  for (const card of CATALOGUE) {
    const e = EXAMPLES.get(card.id);
    if (!e) continue; // reported by the test above
    it(`${card.id}: the example person meets the card`, () => {
      const r = resultOf(card.id, e.situation, asOfOf(e));
      const open = openLeaves(r.conditions);
      // Only points the person cannot answer stay open: assessed by the préfet or the OFII, or not decidable yet.
      expect(open.filter((n) => n.missing.length > 0).map((n) => n.id), 'conditions left unknown for want of an answer').toEqual([]);
      expect(r.missing, 'facts missing').toEqual([]);
      expect(r.warnings.filter((w) => ['public-order', 'polygamy', 'pending-oqtf'].includes(w)), 'reservations open').toEqual([]);
      expect(r.status).toBe(card.kind === 'plein-droit' && open.length === 0 ? 'eligible' : 'possible');
    });
  }
});

describe('every condition of every card, taken away and falsified in turn', () => {
  for (const card of CATALOGUE) {
    const e = EXAMPLES.get(card.id);
    if (!e) continue;
    it(`${card.id}: each condition named when its facts are missing or say no`, () => {
      counts.cards++;
      checkCard(card, e);
    });
  }

  it('exercised every condition of every card', () => {
    console.log(`conditions-generated: ${counts.conditions} conditions over ${counts.cards} cards — ` +
      `${counts.restsOn} the card rests on, ${counts.hasAnother} with another branch met, ${counts.notTaken} in a branch the example does not take, ` +
      `${counts.noFact} reading no fact; ${counts.falsified} falsified by one answer, ${counts.noFalsifier} not by one answer ` +
      '(a threshold two facts decide together, a date relative to another one, a "not", or a point the préfet assesses)');
    if (process.env.SHOW_NO_FALSIFIER) console.log(noFalsifier.join('\n'));
    expect(counts.cards).toBe(CATALOGUE.length);
    expect(counts.conditions).toBeGreaterThan(CATALOGUE.length);
  });
});

function checkCard(card: Card, e: CardExample) {
  const asOf = asOfOf(e);
  const s = e.situation;
  const base = resultOf(card.id, s, asOf);
  for (const { node } of leaves(heldTitleConditions(card, s))) {
    counts.conditions++;
    const label = `${card.id} / ${node.id}`;
    if (node.needs.length === 0) {
      counts.noFact++;
      expect(NO_FACT[node.id], `${label} reads no fact: list it in NO_FACT with the reason`).toBeTruthy();
      continue;
    }
    const role = roleOf(base.conditions, node.id);
    // Facts derived from the residence history (residence-periods.ts) come back while the history is there.
    const removed: (keyof Situation)[] = s.residencePeriods ? [...node.needs, 'residencePeriods'] : [...node.needs];
    const r = resultOf(card.id, without(s, ...removed), asOf);
    const after = findTrace(r.conditions, node.id)?.node;
    if (after) expect(after.value, `${label}: facts taken away, the condition is never unmet`).not.toBe('unmet');
    if (role === 'rests-on') {
      counts.restsOn++;
      expect(r.status, `${label}: facts taken away`).toBe('possible');
      expect(unknownLeaves(r.conditions), `${label}: named among the unknown conditions`).toContain(node.id);
      falsify(card, node, s, asOf, label);
    } else {
      if (role === 'has-another') counts.hasAnother++;
      else counts.notTaken++;
      // Another branch still holds (or the person never took this one): taking these facts away never closes the card.
      expect(r.status, `${label}: facts taken away (${role})`).not.toBe('not-eligible');
    }
  }
}

function falsify(card: Card, node: TestNode, s: Situation, asOf: IsoDate, label: string) {
  for (const fact of node.needs) {
    for (const value of candidates(fact, asOf)) {
      if (value === s[fact]) continue;
      const r = resultOf(card.id, { ...s, [fact]: value } as Situation, asOf);
      const t = findTrace(r.conditions, node.id)?.node;
      if (t?.value !== 'unmet') continue;
      // The condition says no. When no branch above it is left open by the new answer (a marriage abroad opens the
      // transcription branch), the card rests on it: ruled out, that condition named.
      if (!closesEveryBranch(r.conditions, node.id)) continue;
      expect(r.status, `${label}: ${fact} = ${JSON.stringify(value)}`).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id), `${label}: ${fact} = ${JSON.stringify(value)}`).toContain(node.id);
      counts.falsified++;
      return;
    }
  }
  counts.noFalsifier++;
  noFalsifier.push(label);
}
