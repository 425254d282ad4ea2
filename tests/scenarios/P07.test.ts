// P07: the expectations list is in the persona file (tests/fixtures/scenarios/P07.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const p = persona('P07');
const ev = run(p.situation, p.asOf);
const OTHER = ['CESEDA L200-5', 'CESEDA L233-3'];

describe('P07', () => {
  it('the 1 year together is asked', () => {
    expect(card(ev, OTHER).missing).toContain('lifeTogetherSince');
  });

  it('verify flags on the classification, the channel and the 2026-12-01 deadline', () => {
    const r = card(ev, OTHER);
    expect(r.verifyNotes).toContain('eu-pacs-classification');
    expect(r.verifyNotes).toContain('channel');
    expect(r.deadlines).toContainEqual({ id: 'file-within-3-months-of-entry', date: '2026-12-01', ref: 'CESEDA R233-15', verify: true });
  });

  it('L423-23: every point the préfet assesses is unknown', () => {
    const assessed = [...walk(card(ev, ['CESEDA L423-23']).conditions)].filter((n) => n.assessedBy === 'prefet');
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.every((n) => n.value === 'unknown')).toBe(true);
  });

  it('absent: the 5-year cohabitation threshold does not apply to him; no Book IV requirement; no fee', () => {
    const r = card(ev, OTHER);
    // The 5-year branch is for unmarried partners only: decided "not applicable", never a reason or a question.
    expect(nodeStates(r.conditions).get('unmarried-partner')).toEqual(['unmet']);
    expect(r.reasons.map((x) => x.id)).not.toContain('life-together-5-years');
    expect(nodeStates(r.conditions).get('life-together-1-year')).toEqual(['unknown']);
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'french-b1', 'french-level-a2', 'civic-exam-resident', 'civic-exam-passed', 'will-sign-cer']) expect(ids).not.toContain(id);
    expect(r.documents).not.toContain('signed-cer');
    expect(r.fee.free).toBe(true);
    expect(r.fee.parts).toEqual([]);
    expect(r.fee.maybeParts).toEqual([]);
  });
});
