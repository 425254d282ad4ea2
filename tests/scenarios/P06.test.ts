// P06: the expectations list is in the persona file (tests/fixtures/scenarios/P06.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const p = persona('P06');
const ev = run(p.situation, p.asOf);
const CORE = ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2'];

describe('P06', () => {
  it('shows the filing deadline 2026-12-05 (R233-15)', () => {
    const r = card(ev, CORE);
    expect(r.deadlines).toContainEqual(expect.objectContaining({ id: 'file-within-3-months-of-entry', date: '2026-12-05', ref: 'CESEDA R233-15' }));
  });

  it('absent: any tax, stamp duty or visa de régularisation; Book IV conditions; CER as required', () => {
    const r = card(ev, CORE);
    expect(r.fee.free).toBe(true);
    expect(r.fee.parts).toEqual([]);
    expect(r.fee.maybeParts).toEqual([]);
    expect(r.documents).not.toContain('tax-stamps');
    expect(r.documents).not.toContain('signed-cer');
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'marriage-transcribed', 'marriage-transcribed-if-abroad', 'sufficient-resources', 'sickness-insurance', 'french-b1', 'french-level-a2', 'civic-exam-resident', 'civic-exam-passed', 'will-sign-cer']) {
      expect(ids).not.toContain(id);
    }
  });
});
