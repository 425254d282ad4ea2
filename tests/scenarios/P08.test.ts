// P08 — Chinese student on a VLS-TS moving to a multi-year student card (public.md). Evaluated on 1 July 2026.
// The expectations list is in the persona file (tests/fixtures/scenarios/P08.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';

const p = persona('P08');
const MULTI = ['CESEDA L422-1', 'CESEDA L433-4'];

describe('P08', () => {
  const ev = run(p.situation, p.asOf);

  it('the multi-year card: verify note on the exams, a CSP', () => {
    const r = card(ev, MULTI);
    expect(r.verifyNotes).toContain('student-csp-exams-not-required');
    expect(r.title).toBe('csp');
  });

  it('shows the renewal window (120th to 60th day before the VLS-TS expires) as deadlines', () => {
    const r = card(ev, MULTI);
    expect(r.deadlines).toEqual([
      expect.objectContaining({ id: 'renewal-window-opens', date: '2026-05-18' }),
      expect.objectContaining({ id: 'renewal-window-closes', date: '2026-07-17' }),
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('fee: reduced renewal tax €50 + stamp duty €50 (verify)', () => {
    const fee = card(ev, MULTI).fee;
    expect(fee.total).toBe(100);
    expect(fee.verify).toBe(true);
  });

  it('the multi-year card is the only card proposed besides the case-by-case routes, which come after it', () => {
    // L423-23 and AES have no subsidiarity closing them (scenarios README, revised 2026-12-03); AES names the student card.
    const open = ev.results.filter((r) => r.status !== 'not-eligible');
    expect(open.map((r) => r.id)).toEqual(['ceseda-l422-1-multi-year', 'ceseda-l423-23', 'ceseda-l435-1']);
    expect(open.find((r) => r.id === 'ceseda-l435-1')?.notes).toEqual([{ id: 'prefer-title-of-right', cardIds: ['ceseda-l422-1-multi-year'] }]);
  });
});
