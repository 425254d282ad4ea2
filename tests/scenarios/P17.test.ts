import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P17.json';
import { card, expectCard, expectIndicators, run } from '../helpers/scenario';

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

  it('L423-23 is only possible: proportionality for the préfet; the listed category is met (L423-1 lacks the visa), with a verify flag', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'préfecture', verify: true,
      unknown: ['disproportionate-interference'],
      notRequired: ['not-within-listed-family-card', 'cannot-use-regroupement-familial'],
    });
    expect(r.verifyNotes).toEqual(expect.arrayContaining(['l423-23-spouse-without-visa', 'listed-category-reading']));
  });

  // Strength by the README rule (most met / most unmet): 2 met (family here, no ignored OQTF), 2 unmet (presence,
  // work), French and ties abroad unknown → mixed, never strong. The scenario prose calls both routes weak on these
  // facts; the indicator rule cannot reach "weak" without an answer on French or ties abroad.
  const INDICATORS = { 'presence-7-years': 'unmet', 'family-in-france': 'met', 'work-or-job-offer': 'unmet', 'complied-with-removal-orders': 'met', 'french-attested': 'unknown' } as const;

  it('AES L435-1 stays a discretionary possibility at the préfecture, without prefer-title-of-right (no title of right is open)', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expectCard(r, { status: 'possible', kind: 'discretionary', channel: 'préfecture' });
    expect(r.notes).toEqual([]);
    expectIndicators(r, INDICATORS, 'mixed');
    expectIndicators(card(ev, ['CESEDA L423-23']), INDICATORS, 'mixed');
  });

  it('offers no CST at the préfecture without a visa as an eligible answer', () => {
    expect(ev.results.filter((r) => r.status === 'eligible' && r.regime === 'general').map((r) => r.id)).toEqual([]);
  });
});
