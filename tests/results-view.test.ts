/**
 * Issue 14, "results that lead": the order of the results page is decided in rules/results.ts (resultsView):
 * red flags and deadlines, titles of right met, titles of right needing one or two answers, case-by-case routes
 * strongest first, then the rest collapsed with its reason; when most answers are "I don't know", three
 * questions that settle the most titles, with where to find each answer.
 */
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, evaluate, type Situation } from '../rules';
import { resultsView, strengthOf } from '../rules/results';
import { scenarioFixture } from './helpers/scenario';
import { ALL_UNKNOWN, walkScreens } from './helpers/walks';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';
const view = (s: Situation, asOf = AS_OF) => resultsView(evaluate(s, { asOf }), s);

describe('resultsView: red flags and deadlines first', () => {
  it('P05 (shortage-occupation worker): the L435-4 route closing on 31 Dec 2026 is a banner with the days left', () => {
    const v = view(scenarioFixture('P05'));
    expect(v.banners[0]).toEqual({ kind: 'route-closing', cardId: 'ceseda-l435-4', date: '2026-12-31', daysLeft: 39, ref: 'loi 2024-42 art. 27' });
    // Not a banner once the route is ruled out (no shortage-occupation work).
    const noShortage = view({ ...scenarioFixture('P05'), shortageJobMonthsLast24: 0 });
    expect(noShortage.banners.filter((b) => b.kind === 'route-closing')).toEqual([]);
    // Nor far ahead of the end: 1 June 2026 is 213 days before it.
    expect(view(scenarioFixture('P05'), '2026-06-01').banners.filter((b) => b.kind === 'route-closing')).toEqual([]);
  });

  it('a removal order comes before the route deadline', () => {
    const v = view({ ...scenarioFixture('P05'), removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10', detention: 'free' });
    expect(v.banners.map((b) => b.kind)).toEqual(['alert', 'route-closing']);
    expect(v.banners[0]).toMatchObject({ alert: { id: 'oqtf', deadline: '2026-12-10' } });
  });

  it('the card held now, with its renewal window (rules/renewals.ts), is with the red flags; a card far from its end is not', () => {
    const p16 = scenarioFixture('P16');
    expect(view({ ...p16, currentTitleExpiry: '2027-01-31' }).banners).toContainEqual({ kind: 'held-title' });
    expect(view({ ...p16, currentTitleExpiry: '2026-11-01' }).banners).toContainEqual({ kind: 'held-title' });
    expect(view(p16).banners.filter((b) => b.kind === 'held-title')).toEqual([]);
    expect(view({ ...p16, currentTitleExpiry: DONT_KNOW }).banners.filter((b) => b.kind === 'held-title')).toEqual([]);
  });
});

describe('resultsView: the groups, in order', () => {
  it('P01: the title of right met leads (L423-2); ruled-out titles are collapsed with their reason', () => {
    const v = view(scenarioFixture('P01'));
    expect(v.met.map((r) => r.id)).toContain('ceseda-l423-2');
    const other = v.collapsed.find((c) => c.result.id === 'afa-6-2')!;
    expect(other.reason).toBe('other-regime');
    const unmet = v.collapsed.find((c) => c.reason === 'condition-unmet')!;
    expect(unmet.conditionId).toBeTruthy();
  });

  it('P04: the sick foreigner\'s title, assessed by the OFII doctors, needs confirming (not met, not collapsed)', () => {
    const v = view(scenarioFixture('P04'));
    expect(v.met.map((r) => r.id)).not.toContain('ceseda-l425-9');
    expect(v.confirm.map((x) => x.result.id)).toContain('ceseda-l425-9');
  });

  it('a title of right with one or two answers missing lists them; with more it is collapsed', () => {
    const p02 = scenarioFixture('P02');
    const one = view({ ...p02, supportsChildSince: DONT_KNOW });
    const l4237 = one.confirm.find((x) => x.result.id === 'ceseda-l423-7');
    expect(l4237?.questions).toEqual(['supportsChildSince']);
    const two = view({ ...p02, supportsChildSince: DONT_KNOW, frenchChildBirthDate: DONT_KNOW });
    expect(two.confirm.find((x) => x.result.id === 'ceseda-l423-7')?.questions).toEqual(['frenchChildBirthDate', 'supportsChildSince']);
    const many = view({ ...p02, supportsChildSince: DONT_KNOW, frenchChildBirthDate: DONT_KNOW, childFrenchThroughRecognition: DONT_KNOW });
    expect(many.confirm.map((x) => x.result.id)).not.toContain('ceseda-l423-7');
    expect(many.collapsed.find((c) => c.result.id === 'ceseda-l423-7')).toMatchObject({ reason: 'many-answers-missing' });
  });

  it('P05: case-by-case routes say how strong the case looks, strongest first', () => {
    const v = view(scenarioFixture('P05'));
    const ids = v.caseByCase.map((x) => x.result.id);
    expect(ids).toEqual(expect.arrayContaining(['ceseda-l435-4', 'ceseda-l435-1']));
    const rank = { strong: 0, mixed: 1, weak: 2 };
    const ranks = v.caseByCase.map((x) => rank[x.strength]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(v.caseByCase.find((x) => x.result.id === 'ceseda-l435-4')!.strength).not.toBe('weak');
  });

  it('a case-by-case route with nothing known in its favour is not a case: the investor and prostitution-exit cards are collapsed', () => {
    const s = { ...scenarioFixture('P05'), exceptionalEconomicContribution: DONT_KNOW, prostitutionExitProgramme: DONT_KNOW } as Situation;
    const v = view(s);
    for (const id of ['ceseda-l426-10', 'ceseda-l425-4']) {
      expect(v.caseByCase.map((x) => x.result.id)).not.toContain(id);
      expect(v.collapsed.find((c) => c.result.id === id)?.reason).toBe('nothing-known');
    }
    expect(strengthOf(result('ceseda-l426-10', s, AS_OF))).toBe('weak');
  });
});

describe('resultsView: when most answers are "I don\'t know"', () => {
  const allUnknown = walkScreens(ALL_UNKNOWN, AS_OF).situation;

  it('three questions that settle the most titles, each with where to find the answer, and no title listed as a case', () => {
    const v = view(allUnknown);
    expect(v.mostlyUnknown).toBe(true);
    expect(v.settleFirst).toHaveLength(3);
    for (const q of v.settleFirst) expect(q.titles).toBeGreaterThan(0);
    // The card held (on the last card) settles many titles; each answer says where to find it, not "ask someone".
    expect(v.settleFirst.find((q) => q.fact === 'currentTitle')?.source).toBe('title-card');
    for (const q of v.settleFirst) expect(q.source, q.fact).not.toBe('association');
    expect([...v.settleFirst].map((q) => q.titles)).toEqual([...v.settleFirst].map((q) => q.titles).sort((a, b) => b - a));
    expect(v.caseByCase.map((x) => x.result.id)).not.toContain('ceseda-l425-4');
  });

  it('with the answers known, no such block', () => {
    expect(view(scenarioFixture('P01')).mostlyUnknown).toBe(false);
    expect(view(scenarioFixture('P01')).settleFirst).toEqual([]);
  });
});
