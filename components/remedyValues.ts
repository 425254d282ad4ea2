/**
 * The remedy time limits and articles the locale strings interpolate (rules/remedies.ts REMEDY_VALUES), numbers
 * written in the language's digits. Pages pass these to every remedy string: the values live in rules/ only.
 */
import { REMEDY_VALUES } from '../rules/remedies';
import { intlLocales } from '../locales/languages';

export type RemedyValues = Record<keyof typeof REMEDY_VALUES, string>;

export function remedyValues(lang: string): RemedyValues {
  const digits = new Intl.NumberFormat(intlLocales(lang), { useGrouping: false });
  return Object.fromEntries(Object.entries(REMEDY_VALUES).map(([k, v]) => [k, typeof v === 'number' ? digits.format(v) : v])) as RemedyValues;
}
