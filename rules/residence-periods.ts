/**
 * Residence history as dated periods (optional in the Situation): `residencePeriods`, each
 * { from, to?, kind }. The wizard asks the summary facts directly (since when, lawful since when);
 * a volunteer, the CLI or an imported file may give the periods instead. The summary facts are
 * then derived from them, and an explicit answer always wins over a derived one.
 */
import * as z from 'zod/mini';
import { addDays, type IsoDate } from './dates';
import { TITLES_HELD, TITLE_GROUNDS } from './facts';
import { mentionOfGround } from './mentions';
import type { Situation } from './situation';

/** Kinds of stay: under a residence title (a validated VLS-TS and a récépissé count), under a student title, as an asylum seeker, as a seasonal worker, without a title, or outside France. */
export const PERIOD_KINDS = ['residence-title', 'student-title', 'asylum-seeker', 'seasonal-worker', 'no-title', 'abroad'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The titles and grounds a period may name (the same answers as currentTitle and currentTitleGround). */
const HELD_TITLES = TITLES_HELD.filter((t) => t !== 'none') as [Exclude<(typeof TITLES_HELD)[number], 'none'>, ...Exclude<(typeof TITLES_HELD)[number], 'none'>[]];

export const ResidencePeriodSchema = z.strictObject({
  from: z.iso.date(),
  /** Absent: the period is still going on. */
  to: z.optional(z.iso.date()),
  kind: z.enum(PERIOD_KINDS),
  /** The card held in this period (a volunteer's history of titles: X6; renewals.ts), and its ground. */
  title: z.optional(z.enum(HELD_TITLES)),
  ground: z.optional(z.enum(TITLE_GROUNDS)),
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
  deriveHeldTitle(periods, asOf, out);
  return out;
}

type Held = NonNullable<ResidencePeriod['title']>;
const CARDS_ON_A_GROUND: readonly string[] = ['vls-ts', 'cst-1-year', 'multi-year-card', 'algerian-certificate-1-year'];

/** Consecutive periods: the next one starts at the latest the day after the previous one ends. */
const touches = (prev: ResidencePeriod, next: ResidencePeriod) => prev.to !== undefined && addDays(prev.to, 1) >= next.from;

/**
 * The title held now, from the periods that name their title (X6): the latest such period, unless a period without
 * that title started after it ended. Gives the card held, its ground and end date, the consecutive renewals with the
 * same mention (L433-1-1 counts CST renewals "portant une mention identique"; resident cards: renewed before, L426-4)
 * and the first card of the unbroken run on that ground (L423-10). Explicit answers win.
 */
function deriveHeldTitle(periods: readonly ResidencePeriod[], asOf: IsoDate, out: Situation) {
  const titled = periods.filter((p) => p.title !== undefined && p.from <= asOf).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const last = titled[titled.length - 1];
  if (!last) return;
  if (last.to !== undefined && periods.some((p) => p !== last && p.from > last.to! && p.from <= asOf)) return;
  const title = last.title as Held;
  if (out.currentTitle === undefined) out.currentTitle = title as Situation['currentTitle'];
  if (out.currentTitleGround === undefined && last.ground) out.currentTitleGround = last.ground;
  if (out.currentTitleExpiry === undefined && last.to) out.currentTitleExpiry = last.to;
  // Walk back through the unbroken run of titled periods: renewals of the same card (same mention for a CST; the
  // same title otherwise), and the first card of the run on the same ground (a CST then a CSP on that ground count).
  let renewals = 0;
  let countingRenewals = true;
  const onGround = CARDS_ON_A_GROUND.includes(title) && last.ground !== undefined;
  let firstOnGround: IsoDate | undefined = onGround ? last.from : undefined;
  let countingGround = onGround;
  for (let i = titled.length - 2; i >= 0 && (countingRenewals || countingGround); i--) {
    const prev = titled[i]!;
    if (!touches(prev, titled[i + 1]!)) break;
    const sameCard = prev.title === title &&
      (title === 'cst-1-year' ? mentionOfGround(prev.ground) !== undefined && mentionOfGround(prev.ground) === mentionOfGround(last.ground)
        : !CARDS_ON_A_GROUND.includes(title) || prev.ground === last.ground);
    if (countingRenewals && sameCard) renewals += 1;
    else countingRenewals = false;
    if (countingGround && prev.ground === last.ground && CARDS_ON_A_GROUND.includes(String(prev.title))) firstOnGround = prev.from;
    else countingGround = false;
  }
  if (out.currentTitleRenewals === undefined && out.currentTitle === title) out.currentTitleRenewals = renewals;
  if (out.residentCardRenewedBefore === undefined && title === 'resident-card-10-years' && out.currentTitle === title) out.residentCardRenewedBefore = renewals > 0;
  if (out.currentTitleFirstIssuedOn === undefined && firstOnGround !== undefined && out.currentTitle === title) out.currentTitleFirstIssuedOn = firstOnGround;
}
