/**
 * Every case named in the seed documents (shared/legal/seed-cases.md) is covered or
 * explicitly answered. The table is copied into tests/fixtures/seed-cases.json (tests
 * never read shared/ at run time); this test walks it.
 *
 * Answers:
 * - card: the current card(s) of the catalogue;
 * - abolished: since when, and what replaced it (card ids, `procedure:<topic>`, `referral:<id>`);
 * - procedure: not a title, handled by the filing / fees / remedies content (topic);
 * - referral: a route sent to a human (rules/referrals.ts).
 *
 * A row may name a card that is not written yet only with a `gap` note; the test then
 * checks that the card is indeed still missing, so the note is removed when it lands.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, REFERRALS, referralById } from '../rules';
import { isIsoDate } from '../rules/dates';
import fixture from './fixtures/seed-cases.json';

type Ref = string;
interface Common {
  id: string;
  label: string;
  /** The "Basis now" column, copied verbatim, and its articles in canonical form (`CESEDA L423-16`, `AFA 7bis-a`). */
  basis: string;
  articles: string[];
  /** Why the named cards rest on none of `articles` (a rule applied inside another card). */
  basisNote?: string;
  note?: string;
  /** Other answers worth showing for this row (same syntax as replacedBy). */
  seeAlso?: Ref[];
  /** Cards named here that do not exist yet (a known gap, reported). */
  gap?: { cards: string[]; reason: string };
}
type Row = Common &
  (
    | { answer: 'card'; cards: string[] }
    | { answer: 'abolished'; since: string; replacedBy: Ref[] }
    | { answer: 'procedure'; topic: string }
    | { answer: 'referral'; referral: string }
  );

/** Topics of the filing / fees / remedies content (shared/legal/filing-fees-remedies.md F-1…F-14, general-regime X1–X10). */
const TOPICS = new Set([
  'filing', 'fees', 'remedies', 'receipt', 'deadline', 'medical-procedure', 'integration', 'general-conditions',
  'documents', 'commission', 'withdrawal', 'renewal', 'regime', 'not-a-title', 'help',
]);

const rows = fixture.rows as Row[];
const rowIds: string[] = fixture.rowIds;
const cardIds = new Set<string>(CATALOGUE.map((c) => c.id));
const gapCards = new Set(rows.flatMap((r) => r.gap?.cards ?? []));

/** Why a reference does not resolve, or undefined when it does. */
function problem(ref: Ref): string | undefined {
  if (ref.startsWith('procedure:')) return TOPICS.has(ref.slice('procedure:'.length)) ? undefined : `unknown procedure topic ${ref}`;
  if (ref.startsWith('referral:')) return referralById(ref.slice('referral:'.length)) ? undefined : `unknown referral ${ref}`;
  if (cardIds.has(ref) || gapCards.has(ref)) return undefined;
  return `no card ${ref} in CATALOGUE`;
}

const cardsOf = (r: Row): string[] => [
  ...(r.answer === 'card' ? r.cards : []),
  ...(r.answer === 'abolished' ? r.replacedBy : []),
  ...(r.seeAlso ?? []),
].filter((x) => !x.includes(':'));

describe('seed-cases table', () => {
  it('lists every row of seed-cases.md exactly once, in order', () => {
    expect(new Set(rowIds).size).toBe(rowIds.length);
    expect(rows.map((r) => r.id)).toEqual(rowIds);
    for (const id of rowIds) expect(id).toMatch(/^00[0-4]-\d+$/);
  });

  it('copies a label for every row', () => {
    for (const r of rows) expect(r.label.trim().length, r.id).toBeGreaterThan(0);
  });

  it('answers every row with one of card, abolished, procedure, referral', () => {
    for (const r of rows) expect(['card', 'abolished', 'procedure', 'referral'], r.id).toContain(r.answer);
  });

  it('names only cards that exist in CATALOGUE (or declared gaps)', () => {
    const bad: string[] = [];
    for (const r of rows) {
      if (r.answer === 'card') {
        if (r.cards.length === 0) bad.push(`${r.id}: no card named`);
        for (const c of r.cards) if (!cardIds.has(c) && !r.gap?.cards.includes(c)) bad.push(`${r.id}: no card ${c} in CATALOGUE`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("names cards whose legal basis includes an article of the row's current basis", () => {
    const byId = new Map<string, (typeof CATALOGUE)[number]>(CATALOGUE.map((c) => [c.id, c]));
    const bad: string[] = [];
    for (const r of rows) {
      if (r.answer !== 'card' || r.articles.length === 0 || r.basisNote) continue;
      const found = r.cards.filter((c) => byId.has(c));
      if (found.length === 0) continue; // only gap cards: reported by the gap test
      const bases = new Set(found.flatMap((c) => byId.get(c)!.legalBasis as readonly string[]));
      if (!r.articles.some((a) => bases.has(a))) bad.push(`${r.id}: basis ${r.basis} vs cards ${found.join(', ')} (${[...bases].join(', ')})`);
    }
    expect(bad).toEqual([]);
  });

  it('names only referrals that exist, and each referral lists the rows it answers', () => {
    const bad: string[] = [];
    for (const r of rows) {
      const named = [
        ...(r.answer === 'referral' ? [r.referral] : []),
        ...[...(r.answer === 'abolished' ? r.replacedBy : []), ...(r.seeAlso ?? [])].filter((x) => x.startsWith('referral:')).map((x) => x.slice(9)),
      ];
      for (const id of named) {
        const ref = referralById(id);
        if (!ref) bad.push(`${r.id}: no referral ${id}`);
        else if (!ref.seedRows.includes(r.id)) bad.push(`${r.id}: referral ${id} does not list it in seedRows`);
      }
    }
    for (const ref of REFERRALS) {
      for (const rowId of ref.seedRows) {
        const row = rows.find((r) => r.id === rowId);
        const mentions = row && (JSON.stringify(row).includes(`"${ref.id}"`) || JSON.stringify(row).includes(`referral:${ref.id}"`));
        if (!mentions) bad.push(`referral ${ref.id} lists ${rowId}, which does not name it`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives an abolished row a date and what replaced it', () => {
    const bad: string[] = [];
    for (const r of rows) {
      if (r.answer !== 'abolished') continue;
      if (!isIsoDate(r.since) || r.since > '2026-11-22') bad.push(`${r.id}: since ${r.since}`);
      if (r.replacedBy.length === 0) bad.push(`${r.id}: replacedBy is empty`);
      for (const ref of r.replacedBy) {
        const p = problem(ref);
        if (p) bad.push(`${r.id}: ${p}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives a procedure row a known topic', () => {
    for (const r of rows) if (r.answer === 'procedure') expect(TOPICS.has(r.topic), `${r.id}: topic ${r.topic}`).toBe(true);
  });

  it('resolves every seeAlso reference', () => {
    const bad = rows.flatMap((r) => (r.seeAlso ?? []).map((ref) => problem(ref)).filter(Boolean).map((p) => `${r.id}: ${p}`));
    expect(bad).toEqual([]);
  });

  it('keeps gap notes honest: a declared gap is a card still missing from CATALOGUE', () => {
    const landed: string[] = [];
    for (const r of rows) {
      for (const c of r.gap?.cards ?? []) {
        if (cardIds.has(c)) landed.push(`${r.id}: ${c} now exists, remove the gap note`);
        expect(cardsOf(r), `${r.id}: the gap names a card the row does not use`).toContain(c);
      }
    }
    expect(landed).toEqual([]);
  });
});
