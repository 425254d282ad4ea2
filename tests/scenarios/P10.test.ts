import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P10.json';
import { card, expectCard, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture.situation, fixture.asOf);

describe('P10', () => {
  it('proposes AFA 7bis-a, plein droit, eligible, on ANEF, with the renewal window 2026-12-01 – 2027-01-30', () => {
    const r = card(ev, ['AFA 7bis-a']);
    expectCard(r, {
      status: 'eligible',
      kind: 'plein-droit',
      channel: 'ANEF',
      documents: ['marriage-transcription', 'spouse-french-nationality-proof', 'proof-of-life-together', 'current-title', 'passport', 'proof-of-address'],
    });
    expect(r.deadlines.map((d) => [d.id, d.date])).toEqual([['renewal-window-opens', '2026-12-01'], ['renewal-window-closes', '2027-01-30']]);
    expect(r.title).toBe('dz-certificate-10y');
  });

  it('also shows AFA 6-2 (renewal) as eligible, the fallback after 7bis-a', () => {
    expectCard(card(ev, ['AFA 6-2']), { status: 'eligible', kind: 'plein-droit' });
    const order = ev.results.map((r) => r.id);
    expect(order.indexOf('afa-7bis-a')).toBeLessThan(order.indexOf('afa-6-2'));
    // The renewal of the certificat held carries no entry condition (X6).
    expect(walk(card(ev, ['AFA 6-2']).conditions).map((n) => n.id)).toContain('entry-checked-at-first-card');
  });

  it('not eligible: CESEDA L423-6 (regime), AFA 7bis-h (5 years of regular residence)', () => {
    expectCard(card(ev, ['CESEDA L423-6']), { status: 'not-eligible', unmet: ['applicable-regime'] });
    expectCard(card(ev, ['AFA 7bis-h']), { status: 'not-eligible', unmet: ['lawful-residence-5-years'] });
  });

  it('fee: renewal or first-issue tax unsettled, flagged for checking', () => {
    const r = card(ev, ['AFA 7bis-a']);
    expect(r.fee.verify).toBe(true);
    expect(r.verifyNotes).toContain('fee');
    expect(r.fee.parts.map((p) => p.id)).toContain('stamp-duty');
  });

  it('absent: any CSP; long-stay visa, French level, civic exam or mayor opinion as conditions', () => {
    const r = card(ev, ['AFA 7bis-a']);
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'french-b1', 'french-level-b1', 'civic-exam-resident', 'mayor-opinion', 'integration-l413-7']) expect(ids).not.toContain(id);
    expect(ev.results.filter((x) => x.status !== 'not-eligible').every((x) => x.title !== 'csp')).toBe(true);
  });
});
