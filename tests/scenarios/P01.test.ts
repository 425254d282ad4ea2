// P01: the expectations list is in the persona file (tests/fixtures/scenarios/P01.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';

const p = persona('P01');
const ev = run(p.situation, p.asOf);

describe('P01 Moroccan spouse of a French national, married in France: no long-stay visa needed', () => {
  it('L423-2 on ANEF with a verify flag on the channel, no reservation, €650', () => {
    const r = card(ev, ['CESEDA L423-2']);
    expect(r.channelVerify).toBe(true);
    expect(r.verifyNotes).toContain('channel');
    expect(r.warnings).toEqual([]);
    // Fee: €300 + €50 + €300 visa de régularisation (€100 at filing).
    expect(r.fee.total).toBe(650);
    expect(r.fee.parts.find((x) => x.id === 'regularisation-visa')?.atFiling).toBe(100);
  });

  it('has no lawful-current-stay condition on L423-2', () => {
    const states = nodeStates(card(ev, ['CESEDA L423-2']).conditions);
    for (const id of ['lawfully-resident', 'lawful-stay', 'no-valid-title']) expect(states.has(id)).toBe(false);
  });

  it('L423-1 carries no advice to fetch a visa abroad', () => {
    const r = card(ev, ['CESEDA L423-1']);
    expect(r.warnings).not.toContain('spouse-visa-from-consulate');
    expect(r.warnings).not.toContain('oqtf-visa-bar');
  });

  it('AES rests on its VPF ground only (salarié closed to Moroccans, MA-4)', () => {
    expect(card(ev, ['CESEDA L435-1']).verifyNotes).toContain('accord-salaried-aes');
  });

  it('no card offered to her carries a consulate-visa advice, an A2/civic exam or a CER exemption', () => {
    for (const r of ev.results.filter((x) => x.status !== 'not-eligible')) {
      expect(r.warnings).not.toContain('spouse-visa-from-consulate');
      expect(r.documents).toContain('signed-cer');
    }
  });
});
