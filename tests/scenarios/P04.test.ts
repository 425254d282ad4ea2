// P04: the expectations list is in the persona file (tests/fixtures/scenarios/P04.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';

const p = persona('P04');
const ev = run(p.situation, p.asOf);

describe('P04 Senegalese adult on dialysis that she could not actually obtain in Senegal', () => {
  it('L425-9: residence met, the two medical points for the OFII college, €350 with a verify flag', () => {
    const r = card(ev, ['CESEDA L425-9']);
    const states = nodeStates(r.conditions);
    expect(states.get('habitual-residence')).toEqual(['met']);
    const medical = [...states.keys()].filter((k) => k.includes('exceptionally') || k.includes('treatment'));
    for (const id of medical) expect(r.conditions.children.find((c) => c.id === id)?.assessedBy).toBe('ofii');
    // €50 stamp duty + €300 visa de régularisation; no first-issue tax (verify).
    expect(r.fee.total).toBe(350);
    expect(r.verify).toBe(true);
  });

  it('never sends her to ANEF', () => {
    expect(card(ev, ['CESEDA L425-9']).channel).not.toBe('ANEF');
  });

  it('offers no card resting on an unconfirmed "APS for care" basis', () => {
    expect(ev.results.some((r) => r.id.includes('aps-care'))).toBe(false);
  });
});
