/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never depend on the device's time zone. */
export type IsoDate = string;

const parse = (d: IsoDate) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, day };
};
const fmt = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Adds whole months; the 31st becomes the last day of a shorter month, 29 Feb becomes 28 Feb. */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const { y, m, day } = parse(d);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return fmt(ny, nm, Math.min(day, last));
}
export const addYears = (d: IsoDate, years: number) => addMonths(d, years * 12);

export function addDays(d: IsoDate, days: number): IsoDate {
  const { y, m, day } = parse(d);
  const t = new Date(Date.UTC(y, m - 1, day + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days since 1970-01-01 (UTC): day arithmetic on ISO dates. */
export const dayNumber = (d: IsoDate): number => {
  const { y, m, day } = parse(d);
  return Date.UTC(y, m - 1, day) / 86_400_000;
};
/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

/** Whole years completed between two dates (age on a date). */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = parse(from);
  const b = parse(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.day < a.day)) years -= 1;
  return years;
}

/** True when at least `years` full years separate the dates (the anniversary itself counts). */
export const atLeastYears = (from: IsoDate, to: IsoDate, years: number) => addYears(from, years) <= to;
/** True when strictly more than `years` years separate the dates (accord art. 6 1): "plus de dix ans"). */
export const moreThanYears = (from: IsoDate, to: IsoDate, years: number) => addYears(from, years) < to;
export const atLeastMonths = (from: IsoDate, to: IsoDate, months: number) => addMonths(from, months) <= to;

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && addDays(s, 0) === s;
