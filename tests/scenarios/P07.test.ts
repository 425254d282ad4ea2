import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P07.json';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture.situation, fixture.asOf);
const OTHER = ['CESEDA L200-5', 'CESEDA L233-3'];

describe('P07', () => {
  it('proposes the EU family card as an "other" family member: discretionary, possible, 1 year together unknown, on ANEF', () => {
    const r = card(ev, OTHER);
    expectCard(r, {
      status: 'possible',
      kind: 'discretionary',
      unknown: ['life-together-1-year'],
      channel: 'ANEF',
      verify: true,
      documents: ['passport', 'pacs-and-non-dissolution', 'proof-of-1-year-together', 'eu-citizen-identity', 'eu-citizen-right-of-residence', 'proof-of-address'],
    });
    expect(r.missing).toContain('lifeTogetherSince');
  });

  it('verify flags on the classification, the channel and the 2026-12-01 deadline', () => {
    const r = card(ev, OTHER);
    expect(r.verifyNotes).toContain('eu-pacs-classification');
    expect(r.verifyNotes).toContain('channel');
    expect(r.deadlines).toContainEqual({ id: 'file-within-3-months-of-entry', date: '2026-12-01', ref: 'CESEDA R233-15', verify: true });
  });

  it('core family card not eligible (not a spouse)', () => {
    expectCard(card(ev, ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2']), { status: 'not-eligible', unmet: ['spouse-of-eu-citizen'] });
  });

  it('L423-23 also present: possible, the regime unknown (the EU card is only possible) and the préfet\'s assessment open; after the EU card', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expectCard(r, { status: 'possible', kind: 'plein-droit', unknown: ['applicable-regime', 'no-eu-family-right'] });
    const assessed = [...walk(r.conditions)].filter((n) => n.assessedBy === 'prefet');
    expect(assessed.length).toBeGreaterThan(0);
    expect(assessed.every((n) => n.value === 'unknown')).toBe(true);
    const index = (x: typeof r) => ev.results.indexOf(x);
    expect(index(r)).toBeGreaterThan(index(card(ev, OTHER)));
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
