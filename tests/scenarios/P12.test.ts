// P12: the expectations list is in the persona file (tests/fixtures/scenarios/P12.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';

const p = persona('P12');
const ev = run(p.situation, p.asOf);

describe('P12 Guinean placed with the ASE at 15, now 18 and an apprentice (L423-22, not L435-3)', () => {
  it('L423-22: ties with the family back home are for the préfet; the 2027-01-31 deadline', () => {
    const r = card(ev, ['CESEDA L423-22']);
    expect(r.conditions.children.find((c) => c.id === 'nature-of-family-ties-abroad')?.assessedBy).toBe('prefet');
    expect(r.deadlines.map((d) => d.date)).toContain('2027-01-31');
  });

  it('charges no visa de régularisation and sets no minimum training length', () => {
    const r = card(ev, ['CESEDA L423-22']);
    const parts = [...r.fee.parts, ...r.fee.maybeParts].map((x) => x.id);
    expect(parts).not.toContain('regularisation-visa');
    expect(parts).not.toContain('first-issue-tax');
    expect(r.fee.total).toBe(50);
    expect(r.conditions.uses).not.toContain('trainingMonths');
    expect(nodeStates(r.conditions).has('long-stay-visa')).toBe(false);
  });

  it('his apprenticeship has an end date: a CDD, so L421-3 and never the CDI "salarié" card (W-1, W-2)', () => {
    expect(nodeStates(card(ev, ['CESEDA L421-3']).conditions).get('fixed-term-contract-or-posting')).toEqual(['met']);
  });
});
