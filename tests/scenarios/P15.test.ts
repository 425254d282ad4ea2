// P15: the expectations list is in the persona file (tests/fixtures/scenarios/P15.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';

const p = persona('P15');
const ev = run(p.situation, p.asOf);

describe('P15 Afghan woman recognised as a refugee by OFPRA', () => {
  it('the L424-1 card is a carte de résident', () => {
    expect(card(ev, ['CESEDA L424-1']).title).toBe('cr');
  });

  it('charges neither the first-issue tax nor a visa de régularisation: €50 stamp duty only', () => {
    const r = card(ev, ['CESEDA L424-1']);
    const parts = [...r.fee.parts, ...r.fee.maybeParts].map((x) => x.id);
    expect(parts).toEqual(['stamp-duty']);
    expect(r.fee.total).toBe(50);
    expect(r.verify).toBe(true);
  });

  it('asks for no B1, civic exam, mayor\'s opinion, visa or lawful entry', () => {
    const states = nodeStates(card(ev, ['CESEDA L424-1']).conditions);
    for (const id of ['integration-l413-7', 'french-b1', 'civic-exam-resident', 'mayor-opinion', 'long-stay-visa', 'lawful-entry']) expect(states.has(id)).toBe(false);
  });

  it('offers no regroupement familial route and no CST or CSP (the case-by-case routes aside, listed after her card)', () => {
    // L423-23 and AES are never closed by another title (scenarios README, subsidiarity revised 2026-12-03):
    // they stay possible after L424-1, AES naming it. Everything else offered must be neither RF nor a CST/CSP.
    const open = ev.results.filter((r) => r.status !== 'not-eligible' && !r.indicators);
    const aes = ev.results.find((r) => r.id === 'ceseda-l435-1')!;
    expect(aes.notes).toEqual([{ id: 'prefer-title-of-right', cardIds: ['ceseda-l424-1'] }]);
    expect(open.map((r) => r.id)).not.toContain('ceseda-l423-14');
    expect(open.map((r) => r.id)).not.toContain('ceseda-l423-15');
    for (const r of open) expect(JSON.stringify(r.conditions)).not.toMatch(/regroupement|family-reunification/);
    expect(open.filter((r) => r.title === 'cst' || r.title === 'csp').map((r) => r.id)).toEqual([]);
  });
});
