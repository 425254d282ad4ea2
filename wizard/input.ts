/**
 * What a person actually types, read the same way on every question page (issue 14): Arabic-Indic, Persian
 * and Bengali digits, spaces and a euro sign in amounts ("39 400 €"), a space in a postcode ("93 100"), a comma
 * for decimals. (Dates in the future where they cannot be are refused by parseSituation with the day's date.)
 */
import type { FactId } from '../rules/facts';
import { asciiDigits } from '../locales/languages';

/** A number as typed: "39 400 €", "2 300,50", "١٢". undefined when empty, 'invalid' when it is not a number. */
export function parseNumber(raw: string): number | 'invalid' | undefined {
  let s = asciiDigits(raw).trim();
  s = s.replace(/€|eur(os?)?|ي?ورو/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  if (!s) return undefined;
  // "1.234,5" or "1,234.5": the last separator is the decimal one when followed by 1-2 digits, others group thousands.
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(/[.,](?=\d{3}[.,])/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return 'invalid';
  const n = Number(s);
  return Number.isFinite(n) ? n : 'invalid';
}

export function parsePostcode(raw: string): string | undefined {
  const s = asciiDigits(raw).replace(/[\s\u00a0\u202f]/g, '');
  return s || undefined;
}

/** Day, month, year as typed → YYYY-MM-DD; undefined when all empty, 'invalid' when not a real date. */
export function parseDate(day: string, month: string, year: string): string | 'invalid' | undefined {
  const [d, m, y] = [day, month, year].map((x) => asciiDigits(x).trim());
  if (!d && !m && !y) return undefined;
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return 'invalid';
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso ? 'invalid' : iso;
}

/** A yearly pay under this is probably a monthly one: the page asks "is this per month?". */
export const YEARLY_PAY_CHECK = 3000;
export const isYearlyPay = (fact: FactId) => fact === 'annualGrossPay';
