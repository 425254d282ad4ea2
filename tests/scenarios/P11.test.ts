// P11: the expectations list is in the persona file (tests/fixtures/scenarios/P11.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';

const p = persona('P11');
const ev = run(p.situation, p.asOf);

describe('P11 Turkish 18-year-old who came to France at 11 with his mother', () => {
  it('L423-21 at the préfecture (verify), with the 2027-03-09 deadline', () => {
    const r = card(ev, ['CESEDA L423-21']);
    expect(r.channelVerify).toBe(true);
    expect(r.deadlines.map((d) => d.date)).toContain('2027-03-09');
  });

  it('fee €650 with the visa de régularisation kept but flagged: he entered as a minor and applies at 18 (L436-4, confidence low)', () => {
    const r = card(ev, ['CESEDA L423-21']);
    expect(r.fee.total).toBe(650);
    const visa = r.fee.parts.find((x) => x.id === 'regularisation-visa');
    expect(visa).toMatchObject({ amount: 300, atFiling: 100, verify: true });
    expect(r.fee.verify).toBe(true);
    expect(r.verifyNotes).toContain('regularisation-visa-entered-as-minor');
  });

  it('asks nothing about his mother\'s status, a visa, a lawful stay or the exams', () => {
    const states = nodeStates(card(ev, ['CESEDA L423-21']).conditions);
    for (const id of ['parent-lawfully-resident', 'long-stay-visa', 'lawful-entry', 'lawfully-resident', 'integration-l413-7', 'french-b1', 'civic-exam-resident']) {
      expect(states.has(id)).toBe(false);
    }
  });
});
