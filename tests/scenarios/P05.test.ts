// P05 — Ivorian, six years undocumented, 30 months of payslips in a shortage occupation (public.md).
// The expectations list (and variant P05-b) is in the persona file (tests/fixtures/scenarios/P05.json,
// tests/scenarios/expectations.test.ts); here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, resultText, run } from '../helpers/scenario';

const p = persona('P05');
const b = p.variants!.find((v) => v.id === 'P05-b')!;

describe('P05', () => {
  const ev = run(p.situation, p.asOf);

  it('L435-4: the end date 2026-12-31 shown, with the check-extension verify note', () => {
    const r = card(ev, ['CESEDA L435-4']);
    expect(r.verifyNotes).toContain('check-extension');
    expect(r.deadlines).toContainEqual(expect.objectContaining({ id: 'l435-4-route-ends', date: '2026-12-31' }));
    expect(r.validUntil).toBe('2026-12-31');
    expect(r.missing).not.toContain('countableResidenceYears');
  });

  it('L435-1: the humanitarian or exceptional reasons are for the préfet', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expect(r.conditions.children.find((c) => c.id === 'humanitarian-or-exceptional-reasons')?.assessedBy).toBe('prefet');
  });

  it('indicators never change a status: with every indicator met the routes stay possible', () => {
    const ev2 = run({ ...p.situation, habitualResidenceSince: '2015-01-01', frenchLevel: 'b1', familyTiesInFrance: true, closeFamilyAbroad: false }, p.asOf);
    for (const basis of [['CESEDA L423-23'], ['CESEDA L435-1']]) {
      const r = card(ev2, basis);
      expect(r.status).toBe('possible');
      expect(r.strength).toBe('strong');
    }
  });

  it('fee: €300 tax + €50 stamp + €300 visa de régularisation (€100 at filing)', () => {
    const fee = card(ev, ['CESEDA L435-4']).fee;
    expect(fee.total).toBe(650);
    expect(fee.parts.find((x) => x.id === 'regularisation-visa')?.atFiling).toBe(100);
  });

  it('no plein-droit card is proposed (family, health, youth, protection…) but the case-by-case L423-23', () => {
    const open = ev.results.filter((r) => r.kind === 'plein-droit' && r.status !== 'not-eligible' && r.id !== 'ceseda-l423-23');
    expect(open.map((r) => r.id)).toEqual([]);
  });

  it('absent: Valls thresholds, a commission referral, the employer\'s backing as a condition', () => {
    const text = resultText(ev);
    expect(text).not.toMatch(/valls/i);
    expect(text).not.toMatch(/commission/i);
    expect(text).not.toMatch(/employer-(support|backing|consent)/i);
  });
});

describe('P05-b', () => {
  it('L435-4 after 31 Dec 2026: the "check-extension" verify note, no deadline left', () => {
    const r = card(run(p.situation, b.asOf), ['CESEDA L435-4']);
    expect(r.verifyNotes).toContain('check-extension');
    expect(r.deadlines).toEqual([]);
  });
});
