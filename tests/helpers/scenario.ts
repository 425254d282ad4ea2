/**
 * Helpers that turn a scenario's "Test expectations" into assertions.
 * Cards are found by their legalBasis set (order ignored) and, when several cards share
 * a basis (e.g. AFT 3), by id.
 */
import { expect } from 'vitest';
import { evaluate, parseSituation, type CardResult, type Evaluation, type Situation } from '../../rules';
import { walk, type Trace } from '../../rules/logic';
import { persona, type CardExpectation } from './personas';

export function run(situation: unknown, asOf: string): Evaluation {
  const parsed = parseSituation(situation);
  if (!parsed.ok) throw new Error(`fixture does not fit the schema: ${JSON.stringify(parsed.problems)}`);
  return evaluate(parsed.situation, { asOf });
}

/** A public scenario's situation (its persona file, tests/fixtures/scenarios/<id>.json), checked against the schema. */
export function scenarioFixture(id: string): Situation {
  const parsed = parseSituation(persona(id).situation);
  if (!parsed.ok) throw new Error(`${id} does not fit the schema: ${JSON.stringify(parsed.problems)}`);
  return parsed.situation;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function card(ev: Evaluation, legalBasis: readonly string[], id?: string): CardResult {
  const found = ev.results.filter((r) => sameSet(r.legalBasis, legalBasis) && (id === undefined || r.id === id));
  expect(found.length, `exactly one card with legalBasis ${legalBasis.join(' + ')}${id ? ` and id ${id}` : ''}`).toBe(1);
  return found[0]!;
}

/** The first node of a trace with this id (conditions shared by branches appear once per branch). */
export const traceNode = (t: Trace, id: string): Trace | undefined => walk(t).find((n) => n.id === id);

export function nodeStates(t: Trace): Map<string, Trace['value'][]> {
  const m = new Map<string, Trace['value'][]>();
  for (const n of walk(t)) m.set(n.id, [...(m.get(n.id) ?? []), n.value]);
  return m;
}

export interface Expect {
  status: CardResult['status'];
  kind?: CardResult['kind'];
  /** Condition ids that must be unmet (others may be unmet too). */
  unmet?: string[];
  /** Condition ids that must be unknown. */
  unknown?: string[];
  /** Condition ids that must not appear as unmet or unknown ("not required"). */
  notRequired?: string[];
  channel?: CardResult['channel'];
  documents?: string[];
  verify?: boolean;
  warnings?: string[];
}

export function expectCard(r: CardResult, e: Expect) {
  const label = `${r.id} (${r.legalBasis.join(', ')})`;
  expect(r.status, `${label} status; reasons=${r.reasons.map((x) => x.id).join(',')} missing=${r.missing.join(',')}`).toBe(e.status);
  if (e.kind) expect(r.kind, `${label} kind`).toBe(e.kind);
  const states = nodeStates(r.conditions);
  for (const id of e.unmet ?? []) expect(r.reasons.map((x) => x.id), `${label}: ${id} should be unmet`).toContain(id);
  for (const id of e.unknown ?? []) expect(states.get(id) ?? [], `${label}: ${id} should be unknown`).toContain('unknown');
  for (const id of e.notRequired ?? []) {
    const s = states.get(id) ?? [];
    expect(s.includes('unmet') || s.includes('unknown'), `${label}: ${id} must not be unmet or unknown`).toBe(false);
  }
  if (e.channel) expect(r.channel, `${label} channel`).toBe(e.channel);
  for (const d of e.documents ?? []) expect(r.documents, `${label} documents`).toContain(d);
  if (e.verify !== undefined) expect(r.verify, `${label} verify flag (${r.verifyNotes.join(',')})`).toBe(e.verify);
  for (const w of e.warnings ?? []) expect(r.warnings, `${label} warnings`).toContain(w);
}

/** Everything in the result, as text, to assert that a thing is absent anywhere. */
export const resultText = (ev: Evaluation) => JSON.stringify(ev);

/** AES carries `prefer-title-of-right` naming exactly these cards, and comes after each of them in `results`. */
export function expectPreferTitleOfRight(ev: Evaluation, aes: CardResult, titles: readonly string[]) {
  const note = aes.notes.find((n) => n.id === 'prefer-title-of-right');
  expect(note?.cardIds, `${aes.id} note prefer-title-of-right`).toEqual([...titles]);
  const at = (id: string) => ev.results.findIndex((r) => r.id === id);
  for (const id of titles) expect(at(id), `${id} before ${aes.id} in results`).toBeLessThan(at(aes.id));
}

/** The indicators of a case-by-case route, by id (others may be listed too), and its strength. */
export function expectIndicators(r: CardResult, values: Record<string, 'met' | 'unmet' | 'unknown'>, strength: CardResult['strength']) {
  const got = Object.fromEntries((r.indicators ?? []).map((i) => [i.id, i.value]));
  expect(got, `${r.id} indicators`).toMatchObject(values);
  expect(r.strength, `${r.id} strength`).toBe(strength);
  for (const i of r.indicators ?? []) expect(i.source, `${r.id} ${i.id} source`).toBeTruthy();
}

/** One card of a persona file's expectations (tests/helpers/personas.ts), asserted on an evaluation. */
export function expectFromPersona(ev: Evaluation, e: CardExpectation) {
  const r = card(ev, e.legalBasis, e.card);
  expectCard(r, e);
  if (e.preferTitleOfRight?.length) expectPreferTitleOfRight(ev, r, e.preferTitleOfRight);
  else if (e.preferTitleOfRight) expect(r.notes.map((n) => n.id), `${r.id}: no prefer-title-of-right note`).not.toContain('prefer-title-of-right');
  const at = (id: string) => ev.results.findIndex((x) => x.id === id);
  for (const id of e.after ?? []) expect(at(id), `${id} before ${r.id} in results`).toBeLessThan(at(r.id));
  if (e.indicators || e.strength) expectIndicators(r, e.indicators ?? {}, e.strength);
}
