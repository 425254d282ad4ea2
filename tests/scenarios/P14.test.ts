// P14 — Georgian visitor who overstayed: one year in France, no ties — no title (public.md).
// The expectations list is in the persona file (tests/fixtures/scenarios/P14.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';

const p = persona('P14');
const ev = run(p.situation, p.asOf);

describe('P14', () => {
  it('no card is eligible; only the two case-by-case routes are not ruled out', () => {
    expect(ev.results.filter((r) => r.status === 'eligible')).toEqual([]);
    expect(ev.results.filter((r) => r.status !== 'not-eligible').map((r) => r.id).sort()).toEqual(['ceseda-l423-23', 'ceseda-l435-1']);
  });

  it('L435-1: decided by the préfet, exactly the listed indicators, far below the 7-year indication, a refusal brings an OQTF', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expect(r.conditions.children.find((c) => c.id === 'humanitarian-or-exceptional-reasons')?.assessedBy).toBe('prefet');
    const listed = p.expect.find((e) => e.card === 'ceseda-l435-1')!.indicators!;
    expect(r.indicators?.map((i) => i.id).sort()).toEqual(Object.keys(listed).sort());
    expect(r.warnings).toEqual(expect.arrayContaining(['below-seven-year-indication', 'aes-refusal-with-oqtf']));
    expect(r.warnings).not.toContain('commission-titre-de-sejour');
  });

  it('L423-23: decided by the préfet (no family-in-France gate)', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expect(r.conditions.children.find((c) => c.id === 'disproportionate-interference')?.assessedBy).toBe('prefet');
  });

  it('AES information: préfecture of Alpes-Maritimes, €100 kept at filing', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expect(r.fee.parts.find((x) => x.id === 'regularisation-visa')?.atFiling).toBe(100);
    expect(r.fee.total).toBe(650);
  });
});
