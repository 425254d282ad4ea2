// P14 — Georgian visitor who overstayed: one year in France, no ties — no title (public.md).
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P14.json';
import { card, expectCard, expectIndicators, run } from '../helpers/scenario';

describe('P14', () => {
  const ev = run(fixture, '2026-11-22');

  it('no card is eligible; only the two case-by-case routes are not ruled out', () => {
    expect(ev.results.filter((r) => r.status === 'eligible')).toEqual([]);
    expect(ev.results.filter((r) => r.status !== 'not-eligible').map((r) => r.id).sort()).toEqual(['ceseda-l423-23', 'ceseda-l435-1']);
  });

  const INDICATORS = {
    'presence-7-years': 'unmet', 'family-in-france': 'unmet', 'work-or-job-offer': 'unmet',
    'french-attested': 'unmet', 'complied-with-removal-orders': 'met', 'few-ties-abroad': 'unknown',
  } as const;

  it('L435-1 is possible, decided by the préfet, strength weak (information only, préfecture)', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expectCard(r, { status: 'possible', kind: 'discretionary', unknown: ['humanitarian-or-exceptional-reasons'], channel: 'préfecture' });
    expect(r.conditions.children.find((c) => c.id === 'humanitarian-or-exceptional-reasons')?.assessedBy).toBe('prefet');
    expectIndicators(r, INDICATORS, 'weak');
    expect(r.indicators?.map((i) => i.id).sort()).toEqual(Object.keys(INDICATORS).sort());
    expect(r.notes).toEqual([]);
    // Far below the circular's 7-year indication; a refusal normally comes with an OQTF.
    expect(r.warnings).toEqual(expect.arrayContaining(['below-seven-year-indication', 'aes-refusal-with-oqtf']));
    expect(r.warnings).not.toContain('commission-titre-de-sejour');
  });

  it('L423-23 is possible, decided by the préfet (no family-in-France gate), strength weak', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expectCard(r, { status: 'possible', kind: 'plein-droit', unknown: ['disproportionate-interference'], channel: 'préfecture' });
    expect(r.conditions.children.find((c) => c.id === 'disproportionate-interference')?.assessedBy).toBe('prefet');
    expectIndicators(r, INDICATORS, 'weak');
    expect(r.notes).toEqual([]);
  });

  it('L425-9 is not-eligible: no health condition', () => {
    expectCard(card(ev, ['CESEDA L425-9']), { status: 'not-eligible', unmet: ['own-health-requires-care'] });
  });

  it('L435-4 is not-eligible: no 12 months of work in a listed occupation', () => {
    expectCard(card(ev, ['CESEDA L435-4']), { status: 'not-eligible', unmet: ['twelve-months-in-shortage-occupation'] });
  });

  it('L421-1 is not-eligible: no long-stay visa and no work authorisation', () => {
    expectCard(card(ev, ['CESEDA L421-1']), { status: 'not-eligible', unmet: ['long-stay-salarie-visa', 'work-authorisation'] });
  });

  it('student and visitor cards are not-eligible: no long-stay visa', () => {
    expectCard(card(ev, ['CESEDA L422-1']), { status: 'not-eligible', unmet: ['long-stay-visa'] });
    expectCard(card(ev, ['CESEDA L426-20']), { status: 'not-eligible', unmet: ['long-stay-visa'] });
  });

  it('family cards are not-eligible on their family link', () => {
    expectCard(card(ev, ['CESEDA L423-1']), { status: 'not-eligible', unmet: ['married-to-french-national'] });
    expectCard(card(ev, ['CESEDA L423-7', 'CESEDA L423-8']), { status: 'not-eligible', unmet: ['parent-of-french-minor-child'] });
  });

  it('AES information: préfecture of Alpes-Maritimes, €100 kept at filing', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expect(r.channel).toBe('préfecture');
    expect(r.fee.parts.find((p) => p.id === 'regularisation-visa')?.atFiling).toBe(100);
    expect(r.fee.total).toBe(650);
  });
});
