// P13: the expectations list is in the persona file (tests/fixtures/scenarios/P13.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it, and what-if variants of the same person.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, expectCard, resultText, run } from '../helpers/scenario';

const p = persona('P13');
const ev = run(p.situation, p.asOf);

describe('P13 Congolese (DRC) mother of a child treated for leukaemia in Paris', () => {
  it('L425-10: the child\'s access to treatment is for the OFII college; an APS with its €100 tax (verify)', () => {
    const r = card(ev, ['CESEDA L425-10']);
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

  it('the child\'s medical points stay with the OFII college until she reports its opinion', () => {
    const with_ = (ofiiOpinion: string) => card(run({ ...p.situation, ofiiOpinion }, p.asOf), ['CESEDA L425-10']);
    expectCard(with_('not-yet'), { status: 'possible', unknown: ['child-exceptionally-serious-consequences', 'child-no-effective-access-to-treatment'] });
    expectCard(with_('dont-know'), { status: 'possible', unknown: ['child-no-effective-access-to-treatment'] });
    expectCard(with_('favourable'), { status: 'eligible', notRequired: ['child-no-effective-access-to-treatment'] });
    expectCard(with_('unfavourable'), { status: 'not-eligible', unmet: ['child-no-effective-access-to-treatment'] });
  });
});
