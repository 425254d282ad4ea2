/**
 * Residence history as dated periods (optional in the Situation): `residencePeriods`, each
 * { from, to?, kind }. The wizard asks the summary facts directly (since when, lawful since when);
 * a volunteer, the CLI or an imported file may give the periods instead. The summary facts are
 * then derived from them, and an explicit answer always wins over a derived one.
 */
import { addDays, addYears, dayNumber, type IsoDate } from './dates';
import { mentionOfGround } from './mentions';
import type { Situation } from './situation';
import { T } from './thresholds';

export { PERIOD_KINDS, ResidencePeriodSchema, type PeriodKind, type ResidencePeriod } from './residence-period-schema';
import { PERIOD_KINDS, type PeriodKind, type ResidencePeriod } from './residence-period-schema';

/** Lawful stay (L426-17, L435-4): titles, the student title included; time as an asylum seeker is not counted here. */
const LAWFUL: readonly PeriodKind[] = ['residence-title', 'student-title', 'seasonal-worker', 'self-employed'];
/**
 * L435-4 (AES-4, verified 2026-12-03): time as a seasonal worker, a student or an asylum seeker does not count toward
 * the 3 years, nor does self-employment (issue 12 item 7 and AES-4 list it with them).
 */
const EXCLUDED_FOR_WORK_AES: readonly PeriodKind[] = ['student-title', 'asylum-seeker', 'seasonal-worker', 'self-employed'];
const IN_FRANCE: readonly PeriodKind[] = PERIOD_KINDS.filter((k) => k !== 'abroad');

const DAY_MS = 86_400_000;

/** Half-open day intervals [from, to + 1) of the periods of the given kinds, cut to [start, end), merged. */
function intervals(periods: readonly ResidencePeriod[], kinds: readonly PeriodKind[], start: IsoDate, end: IsoDate): [number, number][] {
  const lo = dayNumber(start);
  const hi = dayNumber(end);
  const cut = periods
    .filter((p) => kinds.includes(p.kind))
    .map((p): [number, number] => [Math.max(lo, dayNumber(p.from)), Math.min(hi, p.to === undefined ? hi : dayNumber(p.to) + 1)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of cut) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}
const dateOf = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);
const length = (xs: readonly [number, number][]) => xs.reduce((n, [a, b]) => n + b - a, 0);

/** Days of [start, end) spent in periods of `kinds`, less the days also in periods of `minus`. */
function daysIn(periods: readonly ResidencePeriod[], kinds: readonly PeriodKind[], start: IsoDate, end: IsoDate, minus: readonly PeriodKind[] = []): number {
  const keep = intervals(periods, kinds, start, end);
  const drop = intervals(periods, minus, start, end);
  let overlap = 0;
  for (const [a, b] of keep) for (const [c, d] of drop) overlap += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return length(keep) - overlap;
}

/** Whether the periods (of any kind) cover every day of [start, end). */
const covers = (periods: readonly ResidencePeriod[], start: IsoDate, end: IsoDate) =>
  length(intervals(periods, PERIOD_KINDS, start, end)) === dayNumber(end) - dayNumber(start);

/** Whole years in a number of days, counted on the calendar from `anchor` (forward) or back to it (backward). */
function wholeYears(days: number, anchor: IsoDate, direction: 'forward' | 'backward'): number {
  let n = 0;
  while (n < 150) {
    const span = direction === 'forward' ? dayNumber(addYears(anchor, n + 1)) - dayNumber(anchor) : dayNumber(anchor) - dayNumber(addYears(anchor, -(n + 1)));
    if (days < span) break;
    n += 1;
  }
  return n;
}

const birthOf = (s: Situation): IsoDate | undefined => (typeof s.birthDate === 'string' && s.birthDate !== 'dont-know' ? s.birthDate : undefined);

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
  const run = runReaching(periods, IN_FRANCE, asOf);
  if (out.habitualResidenceSince === undefined && run) out.habitualResidenceSince = run;
  if (out.lawfulResidenceSince === undefined) {
    const since = runReaching(periods, LAWFUL, asOf);
    if (since) out.lawfulResidenceSince = since;
  }
  const lawful = periods.filter((p) => LAWFUL.includes(p.kind));
  if (out.onlyStudentTitles === undefined && lawful.length > 0) out.onlyStudentTitles = lawful.every((p) => p.kind === 'student-title');
  if (out.stayedAsStudent === undefined) out.stayedAsStudent = periods.some((p) => p.kind === 'student-title');
  // L435-4 (AES-4): the 3 years are those of the present uninterrupted residence; the excluded periods inside it
  // do not count (they do not break it either). Before it began, nothing counts.
  if (run) {
    // Days counted up to the evaluation date excluded, as atLeastYears counts (the anniversary itself completes a year).
    const end = asOf;
    if (out.excludedWorkPeriods === undefined) out.excludedWorkPeriods = daysIn(periods, EXCLUDED_FOR_WORK_AES, run, end) > 0;
    if (out.countableResidenceYears === undefined) {
      out.countableResidenceYears = wholeYears(daysIn(periods, IN_FRANCE, run, end, EXCLUDED_FOR_WORK_AES), end, 'backward');
    }
  } else if (out.excludedWorkPeriods === undefined) {
    out.excludedWorkPeriods = periods.some((p) => EXCLUDED_FOR_WORK_AES.includes(p.kind));
  }
  deriveResidenceAt18(out, periods, asOf);
  // L423-13 (VPF-8): 8 years in a row in France at any time. Derived when some run reaches it, or when the history
  // covers every day since birth without one.
  const birth = birthOf(out);
  if (out.livedInFrance8YearsInARow === undefined && birth) {
    const eightYears = ([a, b]: [number, number]) => b >= dayNumber(addYears(dateOf(a), T.bornInFranceResidenceYears));
    if (intervals(periods, IN_FRANCE, birth, asOf).some(eightYears)) out.livedInFrance8YearsInARow = true;
    else if (covers(periods, birth, asOf)) out.livedInFrance8YearsInARow = false;
  }
  deriveHeldTitle(periods, asOf, out);
  return out;
}

/**
 * Code civil 21-7 (CR-12, L426-1; corrected 2026-12-03): assessed on the 18th birthday — in France that day, and
 * 5 years of habitual residence, continuous or not, since age 11. Residence after 18 never counts. Derived only
 * where the history answers it: a period covering the birthday; every day from 11 to 18 covered, or 5 years in
 * France already found in what is covered.
 */
function deriveResidenceAt18(out: Situation, periods: readonly ResidencePeriod[], asOf: IsoDate) {
  const birth = birthOf(out);
  if (!birth) return;
  const eleven = addYears(birth, 11);
  const eighteen = addYears(birth, 18);
  if (eighteen > asOf) return;
  if (out.livedInFranceAt18 === undefined) {
    const that = periods.filter((p) => p.from <= eighteen && (p.to === undefined || eighteen <= p.to));
    if (that.some((p) => p.kind !== 'abroad')) out.livedInFranceAt18 = true;
    else if (that.length > 0) out.livedInFranceAt18 = false;
  }
  if (out.yearsInFranceFrom11To18 === undefined) {
    const years = wholeYears(daysIn(periods, IN_FRANCE, eleven, eighteen), eleven, 'forward');
    if (years >= 5 || covers(periods, eleven, eighteen)) out.yearsInFranceFrom11To18 = years;
  }
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
