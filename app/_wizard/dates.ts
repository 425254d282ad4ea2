import { intlLocales } from '../../locales/languages';

/** Today on this device, as YYYY-MM-DD (the rules take the date as an argument). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// The language table gives the Intl locales: Gregorian calendar forced (fa-AF and ps default to the Persian one),
// digits as the language's readers write them.
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatEuros(amount: number, lang: string): string {
  return new Intl.NumberFormat(intlLocales(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocales(lang)).format(n);
}
