// P17: the expectations list is in the persona file (tests/fixtures/scenarios/P17.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';

const p = persona('P17');
const ev = run(p.situation, p.asOf);

describe('P17 Spouse of a French national married abroad, entered on a short-stay visa: the L423-2 waiver does not apply', () => {
  it('L423-1: only the visa fails; the visa comes from a consulate (advice), never a préfecture channel', () => {
    const r = card(ev, ['CESEDA L423-1']);
    expect(r.conditions.children.filter((c) => c.value !== 'met').map((c) => c.id)).toEqual(['long-stay-visa']);
    expect(r.channel).toBe('ANEF');
  });

  it('L423-23: verify notes on a spouse without a visa and on the reading of the listed categories', () => {
    expect(card(ev, ['CESEDA L423-23']).verifyNotes).toEqual(expect.arrayContaining(['l423-23-spouse-without-visa', 'listed-category-reading']));
  });

  // Strength by the README rule (most met / most unmet): 2 met (family here, no ignored OQTF), 2 unmet (presence,
  // work), French and ties abroad unknown → mixed (persona file), never strong. The scenario prose calls both
  // routes weak on these facts; the indicator rule cannot reach "weak" without an answer on French or ties abroad.
  it('AES carries no note at all (no title of right is open)', () => {
    expect(card(ev, ['CESEDA L435-1']).notes).toEqual([]);
  });

  it('offers no CST at the préfecture without a visa as an eligible answer', () => {
    expect(ev.results.filter((r) => r.status === 'eligible' && r.regime === 'general').map((r) => r.id)).toEqual([]);
  });
});
