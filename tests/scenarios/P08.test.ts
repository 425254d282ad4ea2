// P08 — Chinese student on a VLS-TS moving to a multi-year student card (public.md). Evaluated on 1 July 2026.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P08.json';
import { card, expectCard, run } from '../helpers/scenario';

describe('P08', () => {
  const ev = run(fixture, '2026-07-01');

  it('the multi-year student card (L422-1 + L433-4) is plein-droit and eligible, with a verify flag on the exams', () => {
    const r = card(ev, ['CESEDA L422-1', 'CESEDA L433-4']);
    expectCard(r, {
      status: 'eligible',
      kind: 'plein-droit',
      channel: 'ANEF',
      verify: true,
      // No new long-stay visa, no A2 French, no civic exam.
      notRequired: ['long-stay-visa', 'french-level-a2', 'civic-exam-csp', 'civic-exam-passed'],
      documents: ['passport', 'enrolment-certificate', 'transcript-of-results', 'proof-of-resources', 'proof-of-address', 'signed-cer'],
    });
    expect(r.verifyNotes).toContain('student-csp-exams-not-required');
    expect(r.title).toBe('csp');
  });

  it('shows the renewal window (120th to 60th day before the VLS-TS expires) as deadlines', () => {
    const r = card(ev, ['CESEDA L422-1', 'CESEDA L433-4']);
    expect(r.deadlines).toEqual([
      expect.objectContaining({ id: 'renewal-window-opens', date: '2026-05-18' }),
      expect.objectContaining({ id: 'renewal-window-closes', date: '2026-07-17' }),
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('fee: reduced renewal tax €50 + stamp duty €50 (verify)', () => {
    const fee = card(ev, ['CESEDA L422-1', 'CESEDA L433-4']).fee;
    expect(fee.total).toBe(100);
    expect(fee.verify).toBe(true);
  });

  it('L422-10 is not-eligible: no master\'s-level degree', () => {
    expectCard(card(ev, ['CESEDA L422-10']), { status: 'not-eligible', unmet: ['master-level-degree'] });
  });

  it('L421-1 is not-eligible: no work authorisation (her job stays within the student cap)', () => {
    expectCard(card(ev, ['CESEDA L421-1']), { status: 'not-eligible', unmet: ['work-authorisation'] });
  });

  it('no separate 1-year student card beside the multi-year card', () => {
    expectCard(card(ev, ['CESEDA L422-1']), { status: 'not-eligible', unmet: ['first-student-card'] });
  });

  it('the multi-year card is the only card proposed besides the case-by-case routes, which come after it', () => {
    // L423-23 and AES have no subsidiarity closing them (scenarios README, revised 2026-12-03); AES names the student card.
    const open = ev.results.filter((r) => r.status !== 'not-eligible');
    expect(open.map((r) => r.id)).toEqual(['ceseda-l422-1-multi-year', 'ceseda-l423-23', 'ceseda-l435-1']);
    expect(open.find((r) => r.id === 'ceseda-l435-1')?.notes).toEqual([{ id: 'prefer-title-of-right', cardIds: ['ceseda-l422-1-multi-year'] }]);
  });
});
