// P02: the expectations list is in the persona file (tests/fixtures/scenarios/P02.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it, and what-if variants of the same person.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';

const p = persona('P02');
const ev = run(p.situation, p.asOf);
const L423_7 = ['CESEDA L423-7', 'CESEDA L423-8'];

describe('P02 Malian parent of a French child who pays towards her upkeep', () => {
  it('fee €650', () => {
    expect(card(ev, L423_7).fee.total).toBe(650);
  });

  it('his contribution is effective now and since the birth (VPF-3); a support date he does not know leaves it possible, a stopped one fails', () => {
    const states = nodeStates(card(ev, L423_7).conditions);
    expect(states.get('contributes-to-child-now')).toEqual(['met']);
    expect(states.get('contributes-since-birth-or-2-years')).toEqual(['met']);
    const unsure = card(run({ ...p.situation, supportsChildSince: 'dont-know' }, p.asOf), L423_7);
    expectCard(unsure, { status: 'possible', unknown: ['contributes-since-birth-or-2-years'] });
    expectCard(card(run({ ...p.situation, childContribution: 'stopped' }, p.asOf), L423_7), { status: 'not-eligible', unmet: ['contributes-to-child-now'] });
  });

  it('asks for no long-stay visa, lawful entry or lawful stay', () => {
    const states = nodeStates(card(ev, L423_7).conditions);
    for (const id of ['long-stay-visa', 'lawful-entry', 'lawfully-resident', 'lawful-stay']) expect(states.has(id)).toBe(false);
  });
});
