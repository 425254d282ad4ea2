/**
 * Dates known only to the year ("2015") or to the month ("2015-03") (issue 12 item 14).
 *
 * A person often knows only the year they arrived, married or were born. Writing the 1st of
 * January instead would invent a precision the answer does not have, and could turn an unknown
 * into a no. A partial date is the range of days it may be; a condition reading it is evaluated
 * over that range: when every day of it gives the same answer, that is the answer (arrived in
 * 2005, so 10 years by 2026 is met); otherwise the condition is unknown, never met nor unmet.
 *
 * Everything else (deadlines, fees, documents, alerts, referrals) reads a partial date as
 * unknown: evaluate() hands them the situation with partial dates replaced by "dont-know".
 */
import { addDays, addMonths, isIsoDate, type IsoDate } from './dates';
import { FACTS, FACT_IDS, DONT_KNOW, type FactId } from './facts';
import type { Situation } from './situation';

const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/** "YYYY" or "YYYY-MM" with a real month. */
export function isPartialDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = PARTIAL.exec(v);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  return month >= 1 && month <= 12;
}

/** First and last day a partial date may be. */
export function partialRange(v: string): readonly [IsoDate, IsoDate] {
  const [, y, m] = PARTIAL.exec(v)!;
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  const from = `${y}-${m}-01`;
  return [from, addDays(addMonths(from, 1), -1)];
}

/** The earliest and latest day a date answer may be: a full date is both; a partial one its range. */
export function dateBounds(v: unknown): readonly [IsoDate, IsoDate] | undefined {
  if (typeof v !== 'string' || v === DONT_KNOW) return undefined;
  if (isIsoDate(v)) return [v, v];
  if (isPartialDate(v)) return partialRange(v);
  return undefined;
}

export type PartialDates = Partial<Record<FactId, readonly [IsoDate, IsoDate]>>;

const DATE_FACTS: readonly FactId[] = FACT_IDS.filter((id) => FACTS[id].input.kind === 'date');

/**
 * The situation with every partial date replaced by "dont-know" (`exact`), and the ranges of
 * those dates (`partial`, undefined when there is none, which is the usual case).
 */
export function splitPartialDates(s: Situation): { exact: Situation; partial?: PartialDates } {
  let partial: PartialDates | undefined;
  let exact: Situation | undefined;
  for (const id of DATE_FACTS) {
    const v = s[id];
    if (!isPartialDate(v)) continue;
    partial ??= {};
    partial[id] = partialRange(v);
    exact ??= { ...s };
    (exact as Record<string, unknown>)[id] = DONT_KNOW;
  }
  return { exact: exact ?? s, partial };
}

const monthDay = (d: IsoDate) => d.slice(5);

/**
 * Days of a range on which a condition is tried: both ends, the 1st, 15th and last day of every
 * month, and, in every year of the range, the month-day of each anchor (the evaluation date and
 * the person's other dates) with the day before and after, where thresholds such as "10 years
 * before the evaluation date" or "before the 18th birthday" fall. A window of more than about
 * two weeks always holds one of them.
 */
export function sampleDays([from, to]: readonly [IsoDate, IsoDate], anchors: readonly IsoDate[]): IsoDate[] {
  const out = new Set<IsoDate>([from, to]);
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) {
    for (const d of [m, `${m.slice(0, 7)}-15`, addDays(addMonths(m, 1), -1)]) if (d >= from && d <= to) out.add(d);
  }
  const days = new Set(anchors.map(monthDay));
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const md of days) {
      const day = `${String(y).padStart(4, '0')}-${md}`;
      const base = isIsoDate(day) ? day : addDays(`${String(y).padStart(4, '0')}-${md.slice(0, 2)}-01`, 27); // 29 Feb in a common year → 28 Feb
      for (const d of [addDays(base, -1), base, addDays(base, 1)]) if (d >= from && d <= to) out.add(d);
    }
  }
  return [...out].sort();
}

/** Full dates of the situation, used as anchors for sampling. */
export function exactDates(s: Situation): IsoDate[] {
  const out: IsoDate[] = [];
  for (const id of DATE_FACTS) {
    const v = s[id];
    if (typeof v === 'string' && isIsoDate(v)) out.push(v);
  }
  return out;
}
