/**
 * Three-valued (Kleene) conditions that explain themselves.
 *
 * A condition tree is evaluated into a trace of the same shape: each node keeps its
 * value, its legal reference and the facts still missing. Result pages, the CLI and
 * the volunteer view all read this trace, so an explanation cannot disagree with
 * the decision.
 */
import type { FactId } from './facts';
import type { CardId } from './card-ids';
import { isAnswered, type Situation } from './situation';
import type { IsoDate } from './dates';
import { ParamNotKnownOnDate } from './params';
import { sampleDays, type PartialDates } from './partial-dates';
import type { ArticleRef } from './references';

export type Tri = 'met' | 'unmet' | 'unknown';
export type Status = 'eligible' | 'possible' | 'not-eligible';

/** Who decides a point the tool cannot: the OFII college of doctors or the préfet. */
export type Assessor = 'ofii' | 'prefet';
export type Confidence = 'H' | 'M' | 'L';

export interface EvalContext {
  asOf: IsoDate;
  /** Status of a card evaluated earlier (subsidiarity gates read it). */
  statusOf(cardId: CardId): Status | undefined;
  /** Ids of the unmet conditions of a card evaluated earlier. */
  unmetOf(cardId: CardId): readonly string[] | undefined;
  /** Value of the condition tree of a card evaluated earlier, reservations aside (the EU-family fallback reads it). */
  conditionsOf?(cardId: CardId): Tri | undefined;
  /** Every card evaluated so far (gate cards run after all cards without `dependsOn`). */
  evaluatedSoFar(): readonly { id: CardId; kind: 'plein-droit' | 'discretionary'; status: Status; dependsOn: boolean }[];
  /**
   * Dates known only to the year or the month (partial-dates.ts): their range of days. The situation
   * the tests receive holds "dont-know" for them; a test that needs one is tried over its range.
   */
  partialDates?: PartialDates;
  /** The situation's full dates, where thresholds of the sampled ranges may fall (partial-dates.ts). */
  anchorDates?: readonly IsoDate[];
}

export type TestOutcome = boolean | 'unknown';

interface NodeCommon {
  /** Stable id, also the locale key conditions.<id>. */
  id: string;
  /** Article the condition comes from (a key of the register, rules/references.ts). */
  ref?: ArticleRef;
  /** A point the legal reference marks L / UNCONFIRMED / ⚠: shown to users as "to be confirmed". */
  verify?: string;
  /** M-confidence points: shown only in the detailed legal trace. */
  confidence?: Confidence;
}

export interface TestNode extends NodeCommon {
  kind: 'test';
  ref: ArticleRef;
  /** Facts the test reads; while one is unanswered or "dont-know", the test is unknown. */
  needs: readonly FactId[];
  test: (s: Situation, ctx: EvalContext) => TestOutcome;
  /** A point decided by another body: met facts can only make it "unknown, assessed by …". */
  assessedBy?: Assessor;
  /** Card ids whose statuses this test reads (subsidiarity). */
  readsCards?: readonly CardId[];
  /**
   * The assessing body's decision, once the person reports it (an OFII college opinion received):
   * `true` / `false` settle the point (met / unmet), `undefined` leaves it "unknown, assessed by …"
   * (scenarios README, case-by-case routes: never met nor unmet until that body has decided).
   */
  decision?: { fact: FactId; outcome: (s: Situation) => boolean | undefined };
  /**
   * A note (locale verify.<id>) shown only when every fact is answered and the test still returns "unknown": the
   * sources leave the reading of the text open for this person (e.g. "au plus l'âge de treize ans" for someone who
   * arrived at 13 and a half). A person the text clearly covers or clearly excludes never sees it, nor one whose
   * answer is a year or month that spans the boundary (a precise date may decide it: the date is asked instead).
   */
  verifyWhenUndecided?: string;
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
  ref?: ArticleRef;
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

/** Verify note (locale verify.<id>) of a condition whose amount (params.ts) is not known on the evaluation date. */
export const AMOUNT_UNKNOWN_ON_DATE = 'amount-unknown-on-date';

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
    let partial: FactId[] | undefined;
    for (const k of c.needs) {
      if (ctx.partialDates?.[k]) (partial ??= []).push(k);
      else if (!isAnswered(s, k)) missing = missing === NONE ? [k] : [...missing, k];
    }
    let value: Tri;
    let verify = c.verify;
    let uses = c.needs as FactId[];
    if (missing.length > 0) value = 'unknown';
    else {
      let out: TestOutcome;
      try {
        out = partial ? overPartialDates(c, s, ctx, partial) : c.test(s, ctx);
      } catch (e) {
        // A date before a parameter's first known value (a pay threshold before 2025): the amount
        // in force then is not known, so neither is the condition (issue 12; never a crash, never a no).
        if (!(e instanceof ParamNotKnownOnDate)) throw e;
        out = 'unknown';
        verify = AMOUNT_UNKNOWN_ON_DATE;
      }
      value = out === 'unknown' ? 'unknown' : out ? 'met' : 'unmet';
      // The note says the text is open for this person: not when the answer is only a year or month that spans the
      // boundary (arrived "2021", 13th birthday in March 2021), where a precise date may settle it.
      if (out === 'unknown' && c.verifyWhenUndecided && (!partial || everyTrialUndecided(c, s, ctx, partial))) verify = c.verifyWhenUndecided;
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
      // A date known only to the year (or month) that leaves the test open: a more precise date could decide it.
      if (value === 'unknown' && partial && out === 'unknown') missing = partial;
    }
    return {
      id: c.id, ref: c.ref, verify, confidence: c.confidence, kind: c.kind, value,
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

/** Beyond this many trials (several partial dates in one test), the test is left unknown. */
const MAX_TRIALS = 20_000;

/**
 * The test's outcome on each combination of the days its partial dates may be (partial-dates.ts), or undefined when
 * there are more than MAX_TRIALS combinations. Inside a trial the dates are full: nested evaluations (subsidiarity
 * tests) read them as they are.
 */
function trialOutcomes(c: TestNode, s: Situation, ctx: EvalContext, keys: readonly FactId[]): Iterable<TestOutcome> | undefined {
  const anchors = [ctx.asOf, ...(ctx.anchorDates ?? [])];
  const samples = keys.map((k) => sampleDays(ctx.partialDates![k]!, anchors));
  const total = samples.reduce((n, x) => n * x.length, 1);
  if (total > MAX_TRIALS) return undefined;
  const inner: EvalContext = { ...ctx, partialDates: undefined };
  const trial: Record<string, unknown> = { ...s };
  return (function* () {
    for (let n = 0; n < total; n++) {
      let rest = n;
      for (let i = 0; i < keys.length; i++) {
        const days = samples[i]!;
        trial[keys[i]!] = days[rest % days.length];
        rest = Math.floor(rest / days.length);
      }
      yield c.test(trial as Situation, inner);
    }
  })();
}

/**
 * A test over the days its partial dates may be: the same answer on every day tried is the answer; two different
 * answers, or an unknown, make it unknown.
 */
function overPartialDates(c: TestNode, s: Situation, ctx: EvalContext, keys: readonly FactId[]): TestOutcome {
  const outs = trialOutcomes(c, s, ctx, keys);
  if (!outs) return 'unknown';
  let seen: TestOutcome | undefined;
  for (const out of outs) {
    if (out === 'unknown' || (seen !== undefined && out !== seen)) return 'unknown';
    seen = out;
  }
  return seen ?? 'unknown';
}

/** Every day a partial date may be leaves the test "unknown" (the text, not the date's precision, leaves it open). */
function everyTrialUndecided(c: TestNode, s: Situation, ctx: EvalContext, keys: readonly FactId[]): boolean {
  const outs = trialOutcomes(c, s, ctx, keys);
  if (!outs) return false;
  for (const out of outs) if (out !== 'unknown') return false;
  return true;
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
  ref: ArticleRef,
  needs: readonly FactId[],
  fn: (s: Situation, ctx: EvalContext) => TestOutcome,
  extra: Partial<Pick<TestNode, 'assessedBy' | 'verify' | 'confidence' | 'readsCards' | 'decision' | 'verifyWhenUndecided'>> = {},
): TestNode {
  return { kind: 'test', id, ref, needs, test: fn, ...extra };
}
export const all = (id: string, of: readonly Condition[], extra: Partial<NodeCommon> = {}): GroupNode => ({ kind: 'all', id, of, ...extra });
export const any = (id: string, of: readonly Condition[], extra: Partial<NodeCommon> = {}): GroupNode => ({ kind: 'any', id, of, ...extra });
export const not = (id: string, of: Condition, extra: Partial<NodeCommon> = {}): NotNode => ({ kind: 'not', id, of, ...extra });
