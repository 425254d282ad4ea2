/**
 * The progress line ("about N questions left", issue 5): walking a public scenario the way the wizard does
 * (always the first of nextQuestions), the estimate must not promise a short walk before the regime is
 * known, and must reach 0 when nothing is left to ask.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFixture } from './helpers/scenario';
import { DONT_KNOW, evaluate, nextQuestions, questionsLeft, type Situation } from '../rules';
import { REGIME_GATE_FACTS } from '../rules/conditions';
import { walk as nodes } from '../rules/logic';

const AS_OF = '2026-11-30';
const fixture = scenarioFixture;

/** The wizard's walk: answer the first open question from the scenario ("I don't know" when it is silent). */
function walk(full: Situation) {
  const s: Record<string, unknown> = {};
  const estimates: number[] = [];
  const asked: string[] = [];
  for (;;) {
    estimates.push(questionsLeft(s as Situation, { asOf: AS_OF }));
    const [next] = nextQuestions(s as Situation, { asOf: AS_OF });
    if (!next) break;
    asked.push(next);
    s[next] = full[next] !== undefined ? full[next] : DONT_KNOW;
  }
  return { estimates, asked };
}

describe('questionsLeft: the progress estimate', () => {
  for (const id of ['P01', 'P02', 'P04', 'P05', 'P08', 'P11']) {
    it(`${id}: the first page announces about as many questions as the walk really asks, and the count ends at 0`, () => {
      const { estimates, asked } = walk(fixture(id));
      expect(asked.length).toBeGreaterThan(10);
      // Before the nationality is known the cards behind the regime gate still count.
      expect(estimates[0]).toBeGreaterThanOrEqual(Math.round(asked.length * 0.75));
      expect(estimates[0]).toBeLessThanOrEqual(asked.length * 2);
      expect(estimates.at(-1)).toBe(0);
      expect(estimates.slice(0, -1).every((n) => n >= 1)).toBe(true);
    });
  }

  it('once the nationality and the EU-family link are answered, it is the number of questions the cards still need', () => {
    const s = { removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false } as Situation;
    expect(questionsLeft(s, { asOf: AS_OF })).toBe(nextQuestions(s, { asOf: AS_OF }).length);
  });

  it('answering the nationality replaces the guess over every regime by the count for that regime', () => {
    const s = { nationality: 'algerian' } as Situation;
    const left = questionsLeft(s, { asOf: AS_OF });
    const withNationalityUnknown = questionsLeft({} as Situation, { asOf: AS_OF });
    expect(left).toBeLessThan(withNationalityUnknown);
  });

  it('the regime-gate facts it looks past are exactly the facts the gates of every card read', () => {
    const read = new Set<string>();
    for (const r of evaluate({} as Situation, { asOf: AS_OF }).results)
      for (const n of nodes(r.conditions)) if (n.id === 'applicable-regime') for (const f of n.uses) read.add(f);
    expect([...read].sort()).toEqual([...REGIME_GATE_FACTS].sort());
  });
});
