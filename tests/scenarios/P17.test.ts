import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P17.json';
import { card, expectCard, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P17 Spouse of a French national married abroad, entered on a short-stay visa: the L423-2 waiver does not apply', () => {
  it('L423-1 is not eligible for want of a long-stay visa, with the consulate route and the OQTF visa-bar warning', () => {
    const r = card(ev, ['CESEDA L423-1']);
    expectCard(r, {
      status: 'not-eligible', unmet: ['long-stay-visa'],
      warnings: ['spouse-visa-from-consulate', 'oqtf-visa-bar'],
      documents: ['marriage-transcription', 'spouse-french-nationality-proof', 'passport', 'proof-of-life-together'],
    });
    // Every other L423-1 condition is met: only the visa fails.
    expect(r.conditions.children.filter((c) => c.value !== 'met').map((c) => c.id)).toEqual(['long-stay-visa']);
    // The visa comes from a consulate (advice), never a préfecture channel.
    expect(r.channel).toBe('ANEF');
  });

  it('L423-2 needs a wedding in France; L423-6 needs 3 years; AFA 6-2 needs Algerian nationality', () => {
    expectCard(card(ev, ['CESEDA L423-2']), { status: 'not-eligible', unmet: ['married-in-france'] });
    expectCard(card(ev, ['CESEDA L423-6']), { status: 'not-eligible', unmet: ['married-at-least-3-years'] });
    expectCard(card(ev, ['AFA 6-2']), { status: 'not-eligible', unmet: ['nationality-algerian'] });
  });

  it('L423-23 is only possible: proportionality and whether a spouse lacking only the visa may use it (verify)', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'préfecture', verify: true,
      unknown: ['disproportionate-interference', 'not-within-listed-family-card'],
    });
    expect(r.verifyNotes).toContain('l423-23-spouse-without-visa');
  });

  it('AES L435-1 stays a discretionary possibility at the préfecture', () => {
    expectCard(card(ev, ['CESEDA L435-1']), { status: 'possible', kind: 'discretionary', channel: 'préfecture' });
  });

  it('offers no CST at the préfecture without a visa as an eligible answer', () => {
    expect(ev.results.filter((r) => r.status === 'eligible' && r.regime === 'general').map((r) => r.id)).toEqual([]);
  });
});
