import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P12.json';
import { card, expectCard, expectPreferTitleOfRight, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P12 Guinean placed with the ASE at 15, now 18 and an apprentice (L423-22, not L435-3)', () => {
  it('proposes L423-22, plein droit, possible: ties with the family back home are for the préfet', () => {
    const r = card(ev, ['CESEDA L423-22']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'ANEF',
      unknown: ['nature-of-family-ties-abroad'],
      notRequired: ['placed-with-child-welfare-by-16', 'applies-in-year-after-18', 'long-stay-visa'],
      documents: ['placement-order', 'training-contract-and-reports', 'host-structure-report', 'passport', 'birth-certificate', 'proof-of-address', 'signed-cer'],
    });
    expect(r.conditions.children.find((c) => c.id === 'nature-of-family-ties-abroad')?.assessedBy).toBe('prefet');
    expect(r.deadlines.map((d) => d.date)).toContain('2027-01-31');
  });

  it('charges no visa de régularisation and sets no minimum training length', () => {
    const r = card(ev, ['CESEDA L423-22']);
    const parts = [...r.fee.parts, ...r.fee.maybeParts].map((p) => p.id);
    expect(parts).not.toContain('regularisation-visa');
    expect(parts).not.toContain('first-issue-tax');
    expect(r.fee.total).toBe(50);
    expect(r.conditions.uses).not.toContain('trainingMonths');
    expect(nodeStates(r.conditions).has('long-stay-visa')).toBe(false);
  });

  it('his apprenticeship has an end date: it is a CDD, so never the CDI "salarié" card (W-1, W-2)', () => {
    expectCard(card(ev, ['CESEDA L421-1']), { status: 'not-eligible', unmet: ['permanent-contract'] });
    expect(nodeStates(card(ev, ['CESEDA L421-3']).conditions).get('fixed-term-contract-or-posting')).toEqual(['met']);
  });

  it('does not propose L435-3, L423-21 or L423-23 (every L423-22 condition met, the préfet\'s points counting as met)', () => {
    expectCard(card(ev, ['CESEDA L435-3']), { status: 'not-eligible', unmet: ['placed-between-16-and-18'] });
    expectCard(card(ev, ['CESEDA L423-21']), { status: 'not-eligible', unmet: ['lived-with-parent'] });
    expectCard(card(ev, ['CESEDA L423-23']), { status: 'not-eligible', unmet: ['not-within-listed-family-card'] });
  });

  it('AES stays possible, with the note that L423-22 is open, listed after it (L435-4 is discretionary: not named)', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary' });
    expectPreferTitleOfRight(ev, aes, ['ceseda-l423-22']);
  });
});
