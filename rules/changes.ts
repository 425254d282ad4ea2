/**
 * smallestChange: the smallest set of conditions that must change (unmet → met) or be confirmed (unknown → met)
 * for a card to be granted. Shared by the volunteer view (projection.ts) and the integration path
 * (integration-path.ts), which evaluate.ts uses (so it cannot live in projection.ts, which imports evaluate).
 */
import type { ArticleRef } from './references';
import type { Trace } from './logic';

export interface Change {
  id: string;
  ref?: ArticleRef;
  /** 'unmet' must become met; 'unknown' must be confirmed. */
  from: 'unmet' | 'unknown';
  facts: string[];
  assessedBy?: string;
  /** Id of the group the leaf sits in (e.g. 'civic-exam-csp' for 'civic-exam-passed'). */
  parent?: string;
}

/**
 * The cheapest way to satisfy a trace: every failing child of an "all", the cheapest child
 * of an "any". Leaves are the conditions to change or confirm. A "not" node is a leaf
 * (its child must become false, which is a condition in itself).
 */
export function smallestChange(t: Trace, options: { fixed?: (c: Change) => boolean } = {}, parent?: string): Change[] {
  if (t.value === 'met') return [];
  if (t.kind === 'test' || t.kind === 'not') {
    return [{ id: t.id, ref: t.ref, from: t.value, facts: t.uses.length ? [...t.uses] : [], assessedBy: t.assessedBy, ...(parent ? { parent } : {}) }];
  }
  if (t.kind === 'all') return t.children.flatMap((c) => smallestChange(c, options, t.id));
  let best: Change[] | undefined;
  // Prefer fewer changes; on a tie, prefer confirming an unknown over changing an unmet fact. A branch that needs a
  // change the person cannot make (options.fixed) is taken only when no other branch exists.
  const cost = (x: Change[]) => (options.fixed && x.some(options.fixed) ? 1e6 : 0) + x.length * 2 + x.filter((y) => y.from === 'unmet').length;
  for (const c of t.children) {
    const option = smallestChange(c, options, t.id);
    if (best === undefined || cost(option) < cost(best)) best = option;
  }
  return best ?? [];
}
