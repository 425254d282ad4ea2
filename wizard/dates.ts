import { intlLocales } from '../locales/languages';

/** Today on this device, as YYYY-MM-DD (the rules take the date as an argument). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// The language table gives the Intl locales: Gregorian calendar forced (fa-AF and ps default to the Persian one),
// digits as the language's readers write them.
/** A full date in words; a date known only to the month ("2015-03") as "mars 2015"; only to the year, the year. */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y && m && !d && /^\d{4}-\d{2}$/.test(iso)) {
    return new Intl.DateTimeFormat(intlLocales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(Date.UTC(y, m - 1, 1)));
  }
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatEuros(amount: number, lang: string): string {
  return new Intl.NumberFormat(intlLocales(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocales(lang)).format(n);
}
