import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P11.json';
import { card, expectCard, expectPreferTitleOfRight, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P11 Turkish 18-year-old who came to France at 11 with his mother', () => {
  it('proposes L423-21, plein droit, eligible, at the préfecture (verify), with the 2027-03-09 deadline', () => {
    const r = card(ev, ['CESEDA L423-21']);
    expectCard(r, {
      status: 'eligible', kind: 'plein-droit', channel: 'préfecture',
      documents: ['birth-certificate', 'school-records-each-year', 'proof-of-living-with-parent', 'passport', 'proof-of-address', 'signed-cer'],
    });
    expect(r.channelVerify).toBe(true);
    expect(r.deadlines.map((d) => d.date)).toContain('2027-03-09');
  });

  it('fee €650 with the visa de régularisation kept but flagged: he entered as a minor and applies at 18 (L436-4, confidence low)', () => {
    const r = card(ev, ['CESEDA L423-21']);
    expect(r.fee.total).toBe(650);
    const visa = r.fee.parts.find((p) => p.id === 'regularisation-visa');
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

  it('does not propose the other youth cards, L423-23 or AES', () => {
    expectCard(card(ev, ['CESEDA L423-22']), { status: 'not-eligible', unmet: ['placed-with-child-welfare-by-16'] });
    expectCard(card(ev, ['CESEDA L423-13']), { status: 'not-eligible', unmet: ['born-in-france'] });
    expectCard(card(ev, ['CESEDA L423-23']), { status: 'not-eligible', unmet: ['not-within-listed-family-card'] });
  });

  it('AES stays possible, with the note prefer-title-of-right naming L423-21, after it in results', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary' });
    expectPreferTitleOfRight(ev, aes, ['ceseda-l423-21']);
  });

  it('routes the Algerian and Tunisian youth cards out on nationality', () => {
    expectCard(card(ev, ['AFA 7bis-e']), { status: 'not-eligible', unmet: ['nationality-algerian'] });
    expectCard(card(ev, ['AFT 7ter-b']), { status: 'not-eligible', unmet: ['nationality-tunisian'] });
  });
});
