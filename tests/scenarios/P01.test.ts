import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P01.json';
import { card, expectCard, expectPreferTitleOfRight, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P01 Moroccan spouse of a French national, married in France: no long-stay visa needed', () => {
  it('proposes L423-2, plein droit, eligible, on ANEF with a verify flag on the channel', () => {
    const r = card(ev, ['CESEDA L423-2']);
    expectCard(r, {
      status: 'eligible', kind: 'plein-droit', channel: 'ANEF',
      notRequired: ['long-stay-visa', 'integration-l413-7', 'french-b1', 'civic-exam-resident'],
      documents: ['passport-visa-and-entry-stamp', 'marriage-certificate-french', 'spouse-french-nationality-proof', 'proof-of-6-months-together-in-france', 'signed-cer', 'non-polygamy-statement'],
    });
    expect(r.channelVerify).toBe(true);
    expect(r.verifyNotes).toContain('channel');
    expect(r.warnings).toEqual([]);
    // Fee: €300 + €50 + €300 visa de régularisation (€100 at filing).
    expect(r.fee.total).toBe(650);
    expect(r.fee.parts.find((p) => p.id === 'regularisation-visa')?.atFiling).toBe(100);
  });

  it('has no lawful-current-stay condition on L423-2', () => {
    const states = nodeStates(card(ev, ['CESEDA L423-2']).conditions);
    for (const id of ['lawfully-resident', 'lawful-stay', 'no-valid-title']) expect(states.has(id)).toBe(false);
  });

  it('L423-1 is not eligible for want of a long-stay visa, with no advice to fetch one abroad', () => {
    const r = card(ev, ['CESEDA L423-1']);
    expectCard(r, { status: 'not-eligible', unmet: ['long-stay-visa'] });
    expect(r.warnings).not.toContain('spouse-visa-from-consulate');
    expect(r.warnings).not.toContain('oqtf-visa-bar');
  });

  it('L423-6 needs 3 years of marriage', () => {
    expectCard(card(ev, ['CESEDA L423-6']), { status: 'not-eligible', unmet: ['married-at-least-3-years'] });
  });

  it('L423-23 yields to the listed family card: every L423-2 condition is met', () => {
    expectCard(card(ev, ['CESEDA L423-23']), { status: 'not-eligible', unmet: ['not-within-listed-family-card'] });
  });

  it('AES stays possible on its VPF ground (salarié closed to Moroccans, MA-4), names L423-2 and comes after it', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary', unknown: ['humanitarian-or-exceptional-reasons'] });
    expect(aes.verifyNotes).toContain('accord-salaried-aes');
    expectPreferTitleOfRight(ev, aes, ['ceseda-l423-2']);
  });

  it('the Moroccan accord and the Algerian accord do not apply', () => {
    expectCard(card(ev, ['CESEDA L435-4']), { status: 'not-eligible', unmet: ['twelve-months-in-shortage-occupation'] });
    expectCard(card(ev, ['AFM 3'], 'afm-3-salarie'), { status: 'not-eligible', unmet: ['approved-work-contract'] });
    expectCard(card(ev, ['AFA 6-2']), { status: 'not-eligible', unmet: ['nationality-algerian'] });
  });

  it('no card offered to her carries a consulate-visa advice, an A2/civic exam or a CER exemption', () => {
    for (const r of ev.results.filter((x) => x.status !== 'not-eligible')) {
      expect(r.warnings).not.toContain('spouse-visa-from-consulate');
      expect(r.documents).toContain('signed-cer');
    }
  });
});
