/**
 * "48 heures", "شهر واحد", "۷ ورځې": `n` units, in the language's words and digits, from its plural forms
 * `ui.duration.<unit>_<category>` (Intl.PluralRules: Arabic uses zero, one, two, few, many, other), so that
 * "1 شهر" or "2 شهر" never appears. Read by the remedy values (components/remedyValues.ts) and by the
 * thresholds written into condition texts (locales/index.ts fillTextValues, rules/thresholds.ts).
 */
import { intlLocales } from './languages';

export type DurationUnit = 'months' | 'days' | 'hours' | 'years';

/** Reads one string of a dictionary ('' when absent). */
export type Read = (key: string) => string;

export function duration(unit: DurationUnit, n: number, lang: string, read: Read): string {
  const locales = intlLocales(lang);
  const count = new Intl.NumberFormat(locales, { useGrouping: false }).format(n);
  const form = read(`ui.duration.${unit}_${new Intl.PluralRules(locales).select(n)}`) || read(`ui.duration.${unit}_other`);
  // No phrase in the dictionary (a page that did not pass ui.duration): the bare number, never a raw key.
  return form ? form.replace(/\{\{\s*count\s*\}\}/g, count) : count;
}
