import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P02.json';
import { card, expectCard, expectPreferTitleOfRight, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P02 Malian parent of a French child who pays towards her upkeep', () => {
  it('proposes L423-7 + L423-8, plein droit, eligible, on ANEF', () => {
    const r = card(ev, ['CESEDA L423-7', 'CESEDA L423-8']);
    expectCard(r, {
      status: 'eligible', kind: 'plein-droit', channel: 'ANEF',
      notRequired: ['french-parent-contributes-if-recognition'],
      documents: ['child-birth-certificate', 'child-french-nationality-proof', 'family-court-ruling', 'proof-of-contribution-to-child', 'school-or-doctor-statements', 'proof-of-address'],
    });
    expect(r.fee.total).toBe(650);
  });

  it('his contribution is effective now and since the birth (VPF-3); a support date he does not know leaves it possible, a stopped one fails', () => {
    const states = nodeStates(card(ev, ['CESEDA L423-7', 'CESEDA L423-8']).conditions);
    expect(states.get('contributes-to-child-now')).toEqual(['met']);
    expect(states.get('contributes-since-birth-or-2-years')).toEqual(['met']);
    const unsure = card(run({ ...fixture, supportsChildSince: 'dont-know' }, '2026-11-22'), ['CESEDA L423-7', 'CESEDA L423-8']);
    expectCard(unsure, { status: 'possible', unknown: ['contributes-since-birth-or-2-years'] });
    expectCard(card(run({ ...fixture, childContribution: 'stopped' }, '2026-11-22'), ['CESEDA L423-7', 'CESEDA L423-8']), { status: 'not-eligible', unmet: ['contributes-to-child-now'] });
  });

  it('asks for no long-stay visa, lawful entry or lawful stay', () => {
    const states = nodeStates(card(ev, ['CESEDA L423-7', 'CESEDA L423-8']).conditions);
    for (const id of ['long-stay-visa', 'lawful-entry', 'lawfully-resident', 'lawful-stay']) expect(states.has(id)).toBe(false);
  });

  it('does not propose the spouse card, the parent resident card or L423-23 (every L423-7 condition met)', () => {
    expectCard(card(ev, ['CESEDA L423-1']), { status: 'not-eligible', unmet: ['married-to-french-national'] });
    expectCard(card(ev, ['CESEDA L423-10']), { status: 'not-eligible', unmet: ['three-years-holding-parent-card'] });
    expectCard(card(ev, ['CESEDA L423-23']), { status: 'not-eligible', unmet: ['not-within-listed-family-card'] });
  });

  it('AES stays possible, with the note that L423-7 is open, listed after it', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary' });
    expectPreferTitleOfRight(ev, aes, ['ceseda-l423-7']);
  });
});
