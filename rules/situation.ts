/**
 * The Situation: everything a person has answered, as a zod schema built from the
 * fact registry. Every fact is optional (absent = not asked yet). Facts where a
 * person may honestly not know also accept the literal "dont-know".
 */
import * as z from 'zod/mini';
import { DONT_KNOW, FACTS, FACT_IDS, type FactId, type FactValue } from './facts';
import { ResidencePeriodSchema, type ResidencePeriod } from './residence-periods';

export const SCHEMA_VERSION = 1;

function buildShape(): Record<string, z.ZodMiniType> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const id of FACT_IDS) {
    const spec = FACTS[id];
    const value = spec.dontKnow ? z.union([spec.schema, z.literal(DONT_KNOW)]) : spec.schema;
    shape[id] = z.optional(value);
  }
  // Not a question of the wizard: a residence history a volunteer, the CLI or a file may give.
  shape.residencePeriods = z.optional(z.array(ResidencePeriodSchema).check(z.maxLength(200)));
  return shape;
}

/**
 * The type says every fact may be "dont-know"; the schema accepts it only where the
 * registry allows it. Code that reads a fact must therefore handle "dont-know".
 */
export type Situation = { [K in FactId]?: FactValue<K> | typeof DONT_KNOW } & {
  /** Residence history as dated periods; summary facts are derived from it when not answered (residence-periods.ts). */
  residencePeriods?: readonly ResidencePeriod[];
};

/** Strict: an unknown key is an error, so a typo in a hand-written JSON is caught. */
export const SituationSchema = z.strictObject(buildShape()) as unknown as z.ZodMiniType<Situation>;

/** The recorded answer for a fact: a value, "dont-know", or undefined. */
export type Answer<K extends FactId> = FactValue<K> | typeof DONT_KNOW | undefined;

export function isAnswered(s: Situation, id: FactId): boolean {
  const v = s[id];
  return v !== undefined && v !== DONT_KNOW;
}

export interface SchemaProblem {
  field: string;
  problem: string;
}

/** Validates unknown input; problems name the field and say what is wrong. */
export function parseSituation(input: unknown): { ok: true; situation: Situation } | { ok: false; problems: SchemaProblem[] } {
  const result = SituationSchema.safeParse(input);
  if (result.success) return { ok: true, situation: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || '(root)',
      problem: describeIssue(issue),
    })),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_union':
    case 'invalid_value':
    case 'invalid_type':
    case 'invalid_format':
    case 'too_small':
    case 'too_big': {
      const key = issue.path[0];
      const spec = typeof key === 'string' && key in FACTS ? FACTS[key as FactId] : undefined;
      return spec ? `expected ${expectedText(spec.input, spec.dontKnow)}` : issue.message;
    }
    default:
      return issue.message;
  }
}

function expectedText(input: (typeof FACTS)[FactId]['input'], dontKnow: boolean): string {
  const dk = dontKnow ? ` or "${DONT_KNOW}"` : '';
  switch (input.kind) {
    case 'yes-no':
      return `true or false${dk}`;
    case 'choice':
      return `one of ${input.options.map((o) => `"${o}"`).join(', ')}${dk}`;
    case 'date':
      return `a date written YYYY-MM-DD${dk}`;
    case 'number':
      return `a number from ${input.min} to ${input.max}${dk}`;
    case 'postcode':
      return `a French postcode of 5 digits${dk}`;
  }
}
