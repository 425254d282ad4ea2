import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P13.json';
import { card, expectCard, expectPreferTitleOfRight, resultText, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P13 Congolese (DRC) mother of a child treated for leukaemia in Paris', () => {
  it('proposes the L425-10 APS, plein droit, possible: the child\'s access to treatment is for the OFII college', () => {
    const r = card(ev, ['CESEDA L425-10']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'OFII medical procedure (then préfecture)',
      unknown: ['child-no-effective-access-to-treatment'],
      notRequired: ['parent-of-sick-child', 'lives-with-and-supports-child', 'long-stay-visa'],
      documents: ['passport', 'child-birth-certificate', 'hospital-treatment-certificate', 'proof-of-care-for-child', 'proof-of-address', 'signed-cer'],
    });
    expect(r.conditions.children.find((c) => c.id === 'child-no-effective-access-to-treatment')?.assessedBy).toBe('ofii');
    expect(r.title).toBe('aps');
    // The €100 APS tax (verify: exemptions unclear).
    expect(r.fee.total).toBe(100);
    expect(r.verify).toBe(true);
  });

  it('never says the APS forbids work, and files outside ANEF', () => {
    const r = card(ev, ['CESEDA L425-10']);
    expect(JSON.stringify(r)).not.toMatch(/no-work|work-forbidden|forbids-work/);
    expect(resultText(ev)).not.toMatch(/work-forbidden|forbids-work/);
    expect(r.channel).not.toBe('ANEF');
  });

  it('does not propose L425-9 for her or L423-7', () => {
    expectCard(card(ev, ['CESEDA L425-9']), { status: 'not-eligible', unmet: ['own-health-requires-care'] });
    expectCard(card(ev, ['CESEDA L423-7', 'CESEDA L423-8']), { status: 'not-eligible', unmet: ['parent-of-french-minor-child'] });
  });

  it('AES stays possible, with the note prefer-title-of-right naming L425-10, after it in results', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary' });
    expectPreferTitleOfRight(ev, aes, ['ceseda-l425-10']);
  });

  it('the child\'s medical points stay with the OFII college until she reports its opinion', () => {
    const with_ = (ofiiOpinion: string) => card(run({ ...fixture, ofiiOpinion }, '2026-11-22'), ['CESEDA L425-10']);
    expectCard(with_('not-yet'), { status: 'possible', unknown: ['child-exceptionally-serious-consequences', 'child-no-effective-access-to-treatment'] });
    expectCard(with_('dont-know'), { status: 'possible', unknown: ['child-no-effective-access-to-treatment'] });
    expectCard(with_('favourable'), { status: 'eligible', notRequired: ['child-no-effective-access-to-treatment'] });
    expectCard(with_('unfavourable'), { status: 'not-eligible', unmet: ['child-no-effective-access-to-treatment'] });
  });
});
