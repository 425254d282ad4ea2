/**
 * The remedy time limits and articles the locale strings interpolate (rules/remedies.ts REMEDY_VALUES). Pages pass
 * these to every remedy string: the values live in rules/ only.
 *
 * A time limit is put in the sentence as a whole duration with its unit ("1 mois", "شهر واحد"), by locales/duration.ts:
 * a new value in rules/ reads right in every language.
 */
import { REMEDY_VALUES } from '../rules/remedies';
import { duration, type DurationUnit, type Read } from '../locales/duration';

export type RemedyValues = Record<keyof typeof REMEDY_VALUES, string>;

/** The unit a value is counted in, from its name in REMEDY_VALUES (oqtfFreeMonths, commissionNoticeDays…). */
const UNIT = /(Months|Days|Hours|Years)$/;

export function remedyValues(lang: string, read: Read): RemedyValues {
  return Object.fromEntries(
    Object.entries(REMEDY_VALUES).map(([k, v]) => {
      const unit = UNIT.exec(k)?.[1];
      return [k, typeof v === 'number' && unit ? duration(unit.toLowerCase() as DurationUnit, v, lang, read) : String(v)];
    }),
  ) as RemedyValues;
}
