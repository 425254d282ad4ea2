/**
 * Three-valued (Kleene) conditions that explain themselves.
 *
 * A condition tree is evaluated into a trace of the same shape: each node keeps its
 * value, its legal reference and the facts still missing. Result pages, the CLI and
 * the volunteer view all read this trace, so an explanation cannot disagree with
 * the decision.
 */
import type { FactId } from './facts';
import { isAnswered, type Situation } from './situation';
import type { IsoDate } from './dates';

export type Tri = 'met' | 'unmet' | 'unknown';
export type Status = 'eligible' | 'possible' | 'not-eligible';

/** Who decides a point the tool cannot: the OFII college of doctors or the préfet. */
export type Assessor = 'ofii' | 'prefet';
export type Confidence = 'H' | 'M' | 'L';

export interface EvalContext {
  asOf: IsoDate;
  /** Status of a card evaluated earlier (subsidiarity gates read it). */
  statusOf(cardId: string): Status | undefined;
  /** Ids of the unmet conditions of a card evaluated earlier. */
  unmetOf(cardId: string): readonly string[] | undefined;
  /** Value of the condition tree of a card evaluated earlier, reservations aside (the EU-family fallback reads it). */
  conditionsOf?(cardId: string): Tri | undefined;
  /** Every card evaluated so far (gate cards run after all cards without `dependsOn`). */
  evaluatedSoFar(): readonly { id: string; kind: 'plein-droit' | 'discretionary'; status: Status; dependsOn: boolean }[];
}

export type TestOutcome = boolean | 'unknown';

interface NodeCommon {
  /** Stable id, also the locale key conditions.<id>. */
  id: string;
  /** Article (and alinéa) the condition comes from. */
  ref?: string;
  /** A point the legal reference marks L / UNCONFIRMED / ⚠: shown to users as "to be confirmed". */
  verify?: string;
  /** M-confidence points: shown only in the detailed legal trace. */
  confidence?: Confidence;
}

export interface TestNode extends NodeCommon {
  kind: 'test';
  ref: string;
  /** Facts the test reads; while one is unanswered or "dont-know", the test is unknown. */
  needs: readonly FactId[];
  test: (s: Situation, ctx: EvalContext) => TestOutcome;
  /** A point decided by another body: met facts can only make it "unknown, assessed by …". */
  assessedBy?: Assessor;
  /** Card ids whose statuses this test reads (subsidiarity). */
  readsCards?: readonly string[];
  /**
   * The assessing body's decision, once the person reports it (an OFII college opinion received):
   * `true` / `false` settle the point (met / unmet), `undefined` leaves it "unknown, assessed by …"
   * (scenarios README, case-by-case routes: never met nor unmet until that body has decided).
   */
  decision?: { fact: FactId; outcome: (s: Situation) => boolean | undefined };
}
export interface GroupNode extends NodeCommon {
  kind: 'all' | 'any';
  of: readonly Condition[];
}
export interface NotNode extends NodeCommon {
  kind: 'not';
  of: Condition;
}
export type Condition = TestNode | GroupNode | NotNode;

export interface Trace {
  id: string;
  ref?: string;
  value: Tri;
  /** Facts whose answer could still change this node (empty once decided). */
  missing: FactId[];
  /** Facts this node read (for the volunteer trace). */
  uses: FactId[];
  assessedBy?: Assessor;
  verify?: string;
  confidence?: Confidence;
  /** 'all' | 'any' | 'not' | 'test', so a reader can say "one of" vs "all of". */
  kind: Condition['kind'];
  children: Trace[];
}

export const allOf = (v: readonly Tri[]): Tri => (v.includes('unmet') ? 'unmet' : v.includes('unknown') ? 'unknown' : 'met');
export const anyOf = (v: readonly Tri[]): Tri => (v.includes('met') ? 'met' : v.includes('unknown') ? 'unknown' : 'unmet');
export const negate = (v: Tri): Tri => (v === 'met' ? 'unmet' : v === 'unmet' ? 'met' : 'unknown');

const NONE: FactId[] = [];

/** Id of the regime gate node (conditions.ts): when it fails, a card's other conditions are not evaluated. */
export const REGIME_GATE = 'applicable-regime';

function collect(children: readonly Trace[], key: 'missing' | 'uses'): FactId[] {
  let out: FactId[] | undefined;
  for (const t of children) {
    for (const f of t[key]) {
      if (out === undefined) out = [f];
      else if (!out.includes(f)) out.push(f);
    }
  }
  return out ?? NONE;
}

/**
 * `assessedAsMet`: read a point another body assesses as met when the facts support it. Only the
 * subsidiarity tests use it ("has all its own conditions met": the préfet's assessment is the same
 * one, so only unknown facts leave it open; scenarios README, subsidiarity).
 */
export interface EvalOptions {
  assessedAsMet?: boolean;
}

export function evaluateCondition(c: Condition, s: Situation, ctx: EvalContext, opts: EvalOptions = {}): Trace {
  if (c.kind === 'test') {
    let missing = NONE;
    for (const k of c.needs) if (!isAnswered(s, k)) missing = missing === NONE ? [k] : [...missing, k];
    let value: Tri;
    let uses = c.needs as FactId[];
    if (missing.length > 0) value = 'unknown';
    else {
      const out = c.test(s, ctx);
      value = out === 'unknown' ? 'unknown' : out ? 'met' : 'unmet';
      // A body other than the tool decides: the best the facts can do is "unknown, assessed by …",
      // until the person reports that body's decision.
      if (value === 'met' && c.assessedBy && !opts.assessedAsMet) {
        let decided: boolean | undefined;
        if (c.decision) {
          uses = [...uses, c.decision.fact];
          if (isAnswered(s, c.decision.fact)) decided = c.decision.outcome(s);
        }
        value = decided === undefined ? 'unknown' : decided ? 'met' : 'unmet';
      }
    }
    return {
      id: c.id, ref: c.ref, verify: c.verify, confidence: c.confidence, kind: c.kind, value,
      missing: value === 'unknown' ? missing : NONE, uses, assessedBy: c.assessedBy, children: [],
    };
  }
  let children: Trace[];
  if (c.kind === 'not') children = [evaluateCondition(c.of, s, ctx, opts)];
  else {
    children = [];
    for (const x of c.of) {
      const t = evaluateCondition(x, s, ctx, opts);
      children.push(t);
      // Outside the person's regime nothing else of the card matters: stop there (the reason is the regime).
      if (c.kind === 'all' && t.value === 'unmet' && x.id === REGIME_GATE) break;
    }
  }
  const value = c.kind === 'not' ? negate(children[0]?.value ?? 'unknown') : combine(c.kind, children);
  // "One of" that is met: the other branches are not required, so they must not show up as
  // unmet or unknown (e.g. no transcription question for a marriage celebrated in France).
  if (c.kind === 'any' && value === 'met') children = children.filter((t) => t.value === 'met');
  return {
    id: c.id, ref: c.ref, verify: c.verify, confidence: c.confidence, kind: c.kind, value,
    // Once a branch is decided, its unanswered facts can no longer change it: they are not asked.
    missing: value === 'unknown' ? collect(children, 'missing') : NONE,
    uses: collect(children, 'uses'), assessedBy: undefined, children,
  };
}

/** allOf / anyOf over the children's values, without building an array. */
function combine(kind: 'all' | 'any', children: readonly Trace[]): Tri {
  let unknown = false;
  for (const t of children) {
    if (kind === 'all' && t.value === 'unmet') return 'unmet';
    if (kind === 'any' && t.value === 'met') return 'met';
    if (t.value === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : kind === 'all' ? 'met' : 'unmet';
}

/** Every node of a trace, depth-first (root first). */
export function walk(t: Trace, out: Trace[] = []): Trace[] {
  out.push(t);
  for (const c of t.children) walk(c, out);
  return out;
}

// ── Builders: cards read as a list of named conditions with their articles.

export function test(
  id: string,
  ref: string,
  needs: readonly FactId[],
  fn: (s: Situation, ctx: EvalContext) => TestOutcome,
  extra: Partial<Pick<TestNode, 'assessedBy' | 'verify' | 'confidence' | 'readsCards' | 'decision'>> = {},
): TestNode {
  return { kind: 'test', id, ref, needs, test: fn, ...extra };
}
export const all = (id: string, of: readonly Condition[], extra: Partial<NodeCommon> = {}): GroupNode => ({ kind: 'all', id, of, ...extra });
export const any = (id: string, of: readonly Condition[], extra: Partial<NodeCommon> = {}): GroupNode => ({ kind: 'any', id, of, ...extra });
export const not = (id: string, of: Condition, extra: Partial<NodeCommon> = {}): NotNode => ({ kind: 'not', id, of, ...extra });
