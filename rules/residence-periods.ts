/**
 * Residence history as dated periods (optional in the Situation): `residencePeriods`, each
 * { from, to?, kind }. The wizard asks the summary facts directly (since when, lawful since when);
 * a volunteer, the CLI or an imported file may give the periods instead. The summary facts are
 * then derived from them, and an explicit answer always wins over a derived one.
 */
import * as z from 'zod/mini';
import { addDays, type IsoDate } from './dates';
import type { Situation } from './situation';

/** Kinds of stay: under a residence title (a validated VLS-TS and a récépissé count), under a student title, as an asylum seeker, as a seasonal worker, without a title, or outside France. */
export const PERIOD_KINDS = ['residence-title', 'student-title', 'asylum-seeker', 'seasonal-worker', 'no-title', 'abroad'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const ResidencePeriodSchema = z.strictObject({
  from: z.iso.date(),
  /** Absent: the period is still going on. */
  to: z.optional(z.iso.date()),
  kind: z.enum(PERIOD_KINDS),
});
export type ResidencePeriod = z.infer<typeof ResidencePeriodSchema>;

/** Lawful stay (L426-17, L435-4): titles, the student title included; time as an asylum seeker is not counted here. */
const LAWFUL: readonly PeriodKind[] = ['residence-title', 'student-title', 'seasonal-worker'];
/** L435-4: time as a seasonal worker, a student or an asylum seeker does not count. */
const EXCLUDED_FOR_WORK_AES: readonly PeriodKind[] = ['student-title', 'asylum-seeker', 'seasonal-worker'];

/** Start of the unbroken run of periods of the given kinds that reaches `asOf` (a gap of one day or more breaks it). */
function runReaching(periods: readonly ResidencePeriod[], kinds: readonly PeriodKind[], asOf: IsoDate): IsoDate | undefined {
  const relevant = periods.filter((p) => kinds.includes(p.kind) && p.from <= asOf).sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  const latest = relevant[0];
  if (!latest || (latest.to !== undefined && latest.to < asOf)) return undefined;
  let start = latest.from;
  for (const p of relevant.slice(1)) {
    const end = p.to ?? asOf;
    if (addDays(end, 1) < start) break; // a gap: the run stops here
    if (p.from < start) start = p.from;
  }
  return start;
}

/** The Situation with the residence facts derived from `residencePeriods` where they were not answered. */
export function withDerivedResidence(s: Situation, asOf: IsoDate): Situation {
  const periods = s.residencePeriods;
  if (!periods || periods.length === 0) return s;
  const out: Situation = { ...s };
  const inFrance = PERIOD_KINDS.filter((k) => k !== 'abroad');
  if (out.habitualResidenceSince === undefined) {
    const since = runReaching(periods, inFrance, asOf);
    if (since) out.habitualResidenceSince = since;
  }
  if (out.lawfulResidenceSince === undefined) {
    const since = runReaching(periods, LAWFUL, asOf);
    if (since) out.lawfulResidenceSince = since;
  }
  const lawful = periods.filter((p) => LAWFUL.includes(p.kind));
  if (out.onlyStudentTitles === undefined && lawful.length > 0) out.onlyStudentTitles = lawful.every((p) => p.kind === 'student-title');
  if (out.stayedAsStudent === undefined) out.stayedAsStudent = periods.some((p) => p.kind === 'student-title');
  if (out.excludedWorkPeriods === undefined) out.excludedWorkPeriods = periods.some((p) => EXCLUDED_FOR_WORK_AES.includes(p.kind));
  return out;
}
