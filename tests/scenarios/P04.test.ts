import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P04.json';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P04 Senegalese adult on dialysis that she could not actually obtain in Senegal', () => {
  it('proposes L425-9 as possible: residence met, the two medical points for the OFII college', () => {
    const r = card(ev, ['CESEDA L425-9']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'OFII medical procedure (then préfecture)',
      unknown: ['exceptionally-serious-consequences', 'no-effective-access-to-treatment'],
      notRequired: ['habitual-residence', 'long-stay-visa'],
      documents: ['passport-visa-and-entry-stamp', 'proof-of-habitual-residence', 'ofii-medical-certificate', 'proof-of-address', 'signed-cer'],
    });
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

  it('does not propose the APS for the parent of a sick child', () => {
    expectCard(card(ev, ['CESEDA L425-10']), { status: 'not-eligible', unmet: ['parent-of-sick-child'] });
  });

  it('offers no card resting on an unconfirmed "APS for care" basis', () => {
    expect(ev.results.some((r) => r.id.includes('aps-care'))).toBe(false);
  });
});
