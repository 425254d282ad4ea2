/**
 * The Situation: everything a person has answered, as a zod schema built from the
 * fact registry. Every fact is optional (absent = not asked yet). Facts where a
 * person may honestly not know also accept the literal "dont-know".
 */
import * as z from 'zod/mini';
import { DONT_KNOW, FACTS, FACT_IDS, type FactId, type FactValue } from './facts';
import { ResidencePeriodSchema, type ResidencePeriod } from './residence-period-schema';
import { dateBounds } from './partial-dates';
import type { IsoDate } from './dates';

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

/**
 * Input that cannot be true (issue 12): the UI shows `ui.errors.<code>` beside the field; the CLI
 * prints `problem`. `related` is the other field of a contradiction (the birth date a date precedes).
 */
export type ProblemCode = 'dateTooOld' | 'dateAfterEvaluation' | 'dateBeforeBirth' | 'periodEndsBeforeStart' | 'entryBeforeReturn';

export interface SchemaProblem {
  field: string;
  problem: string;
  code?: ProblemCode;
  related?: string;
}

/** No date of a living person's file is before 1900: such a year is a typo. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * Validates unknown input; problems name the field and say what is wrong. With `asOf` (the CLI, the
 * question pages), answers that cannot be true are refused too (impossibleInput). Without it (saved
 * answers, a hand-off link) only the schema is checked, so one odd date never wipes a whole file.
 */
export function parseSituation(input: unknown, options: { asOf?: IsoDate } = {}): { ok: true; situation: Situation } | { ok: false; problems: SchemaProblem[] } {
  const result = SituationSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        problem: describeIssue(issue),
      })),
    };
  }
  const problems = options.asOf === undefined ? [] : impossibleInput(result.data, options.asOf);
  return problems.length ? { ok: false, problems } : { ok: true, situation: result.data };
}

const DATE_FACTS: readonly FactId[] = FACT_IDS.filter((id) => FACTS[id].input.kind === 'date');
/**
 * Every date the wizard asks is a day already lived (a birth, an arrival, a marriage, a decision received) except the
 * end of the title held: only that one may be after the evaluation date. (Before 2026-12-03 only the birth date and the
 * removal order's date were checked, so a last arrival "in 2030" was evaluated as if true.)
 */
const MAY_BE_AFTER_EVALUATION: readonly FactId[] = ['currentTitleExpiry'];
const NOT_AFTER_EVALUATION: readonly FactId[] = DATE_FACTS.filter((id) => !MAY_BE_AFTER_EVALUATION.includes(id));
/**
 * Dates of the person's own life: none can be before their birth. A listed set, not "every date":
 * a date of someone else's life (a relative's arrival) may well be earlier.
 */
const NOT_BEFORE_BIRTH: readonly FactId[] = [
  'removalOrderNotifiedOn', 'entryDate', 'currentTitleExpiry', 'lawfulResidenceSince', 'habitualResidenceSince', 'marriageDate',
  'lifeTogetherSince', 'lifeTogetherInFranceSince', 'frenchChildBirthDate', 'supportsChildSince', 'childWelfarePlacementDate',
];

/**
 * Schema-valid input that cannot be true: a year before 1900, a birth date after the evaluation
 * date, a date of the person's life before their birth, a residence period that ends before it
 * starts. A date known only to the year or month is wrong only when every day it may be is wrong.
 */
export function impossibleInput(s: Situation, asOf: IsoDate): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const tooOld = (field: string, d: string) =>
    out.push({ field, code: 'dateTooOld', problem: `${d} is before ${EARLIEST_DATE.slice(0, 4)}: check the year` });
  for (const id of DATE_FACTS) {
    const b = dateBounds(s[id]);
    if (!b) continue;
    if (b[1] < EARLIEST_DATE) tooOld(id, String(s[id]));
    else if (NOT_AFTER_EVALUATION.includes(id) && b[0] > asOf) {
      out.push({ field: id, code: 'dateAfterEvaluation', problem: `${String(s[id])} is after the evaluation date ${asOf}` });
    }
  }
  const birth = dateBounds(s.birthDate);
  if (birth && birth[1] >= EARLIEST_DATE) {
    for (const id of NOT_BEFORE_BIRTH) {
      const b = dateBounds(s[id]);
      if (b && b[1] >= EARLIEST_DATE && b[1] < birth[0]) {
        out.push({ field: id, code: 'dateBeforeBirth', related: 'birthDate', problem: `${String(s[id])} is before the birth date ${String(s.birthDate)}` });
      }
    }
  }
  // Issue 12 item 10: the entry asked is the LAST one. A stay abroad that ended after it means a later
  // return, whose visa (or lack of one) is the one that counts: the answers describe an earlier entry.
  const entry = dateBounds(s.entryDate);
  if (entry) {
    const back = (s.residencePeriods ?? []).findIndex((p) => p.kind === 'abroad' && p.to !== undefined && p.to > entry[1]);
    if (back >= 0) {
      out.push({
        field: 'entryDate', code: 'entryBeforeReturn', related: `residencePeriods.${back}`,
        problem: `${String(s.entryDate)} is not the last entry: the residence history has a stay abroad until ${s.residencePeriods![back]!.to}; give the last entry into France and its visa`,
      });
    }
  }
  (s.residencePeriods ?? []).forEach((p, i) => {
    if (p.from < EARLIEST_DATE) tooOld(`residencePeriods.${i}.from`, p.from);
    if (p.to !== undefined && p.to < EARLIEST_DATE) tooOld(`residencePeriods.${i}.to`, p.to);
    if (p.to !== undefined && p.to < p.from) {
      out.push({ field: `residencePeriods.${i}.to`, code: 'periodEndsBeforeStart', problem: `the period ends (${p.to}) before it starts (${p.from})` });
    }
  });
  return out;
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
      return `a date written YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known)${dk}`;
    case 'number':
      return `a number from ${input.min} to ${input.max}${dk}`;
    case 'postcode':
      return `a French postcode of 5 digits${dk}`;
  }
}
