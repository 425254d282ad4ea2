/**
 * "What would change the outcome" for the 2026 integration conditions (X5): when the only thing a person can change
 * on a card is passing the French test (A2 for a first multi-year card, B1 for a first resident card) and/or the civic
 * exam, the result says so, with the last day to file the renewal of the title held (F-6) as the date to beat.
 * Conditions another body decides (the mayor's opinion, the préfet's discretion) are not the person's to change and
 * are left aside; anything else still missing (CIR, résidence, family facts…) means this path is not shown.
 * Where to take the tests is a locale text naming the official test families and the civic-exam rules of X5 (no
 * centre is named: "approved centres", formation-civique.interieur.gouv.fr). Verified 2026-12-03 against X5.
 */
import type { ArticleRef } from './references';
import { smallestChange } from './changes';
import type { IsoDate } from './dates';
import type { Trace } from './logic';
import { heldTitleInfo } from './renewals';
import type { Situation } from './situation';

export type IntegrationTest = 'french-a2' | 'french-b1' | 'civic-exam-csp' | 'civic-exam-resident';

export interface IntegrationPath {
  /** The tests to pass, in the order of the card. */
  tests: IntegrationTest[];
  /** Last day to file the renewal of the title held, when it is still ahead. */
  before?: IsoDate;
  /** Days from the evaluation date to `before`. */
  daysLeft?: number;
  ref: ArticleRef;
}

const HELD_FACTS: readonly string[] = ['currentTitle', 'currentTitleGround'];

/** Leaf id (and the group it sits in) → the test a person can pass. */
function testOf(id: string, parent: string | undefined): IntegrationTest | undefined {
  if (id === 'french-level-a2') return 'french-a2';
  if (id === 'french-level-b1') return 'french-b1';
  if (id === 'civic-exam-passed' && (parent === 'civic-exam-csp' || parent === 'civic-exam-resident')) return parent;
  return undefined;
}

/**
 * `filedWithRenewal`: the card is asked for with the renewal of the title held (the same card, the CSP after it, the
 * resident card "filed like a renewal"): the last day of the renewal window is then the date to beat.
 */
export function integrationPath(trace: Trace, s: Situation, asOf: IsoDate, filedWithRenewal: boolean): IntegrationPath | undefined {
  if (trace.value === 'met') return undefined;
  // The card held is what it is: a branch that would need another title (e.g. "holds a multi-year card") is not a way.
  const changes = smallestChange(trace, { fixed: (c) => c.from === 'unmet' && c.facts.some((f) => HELD_FACTS.includes(f)) }).filter((c) => !c.assessedBy);
  if (changes.length === 0 || !changes.some((c) => c.from === 'unmet')) return undefined;
  const tests: IntegrationTest[] = [];
  for (const c of changes) {
    const t = testOf(c.id, c.parent);
    if (!t) return undefined;
    if (!tests.includes(t)) tests.push(t);
  }
  const held = filedWithRenewal ? heldTitleInfo(s, asOf) : undefined;
  const ahead = held && held.closes >= asOf ? { before: held.closes, daysLeft: held.daysLeft } : {};
  return { tests, ...ahead, ref: tests.some((t) => t === 'french-b1' || t === 'civic-exam-resident') ? 'CESEDA L413-7' : 'CESEDA L433-4' };
}
