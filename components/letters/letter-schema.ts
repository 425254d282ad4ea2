/**
 * The letters form's schemas (react-hook-form through @hookform/resolvers/zod). Every field is optional: the
 * letter leaves out what is empty (filing/letters.ts). What is written must be usable by the préfecture: a French
 * postcode of 5 digits, a phone number, an e-mail address; digits typed on an Arabic, Dari, Pashto or Bengali
 * keyboard are written 0–9 in the letter (it is in French). An attempt needs a real date, not after today.
 * Messages are keys of checklist.letters.errors (strings.json), never a text.
 */
import * as z from 'zod/mini';
import { asciiDigits } from '../../locales/languages';
import { EARLIEST_DATE } from '../../rules/situation';
import type { LetterFields } from '../../filing/letters';

export type LetterText = Pick<LetterFields, 'fullName' | 'address' | 'postcode' | 'city' | 'foreignerNumber' | 'phone' | 'email' | 'titleRequested' | 'cccReference'>;
export const TEXT_FIELDS: readonly (keyof LetterText)[] = ['fullName', 'address', 'postcode', 'city', 'foreignerNumber', 'phone', 'email', 'titleRequested', 'cccReference'];

/** Text as typed: anything else (a tampered value) reads as empty; trimmed; at most 300 characters kept. */
const text = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 300) : '')),
  z.string(),
);
/** An optional field with a shape: '' passes; otherwise `normalise` then `ok`, or the message key. */
const shaped = (key: string, normalise: (s: string) => string, ok: (s: string) => boolean) =>
  z.pipe(
    text,
    z.transform((s: string, ctx) => {
      if (s === '') return '';
      const n = normalise(s);
      if (!ok(n)) ctx.issues.push({ code: 'custom', message: key, input: s });
      return n;
    }),
  );

export const LetterTextSchema = z.object({
  fullName: text,
  address: text,
  postcode: shaped('postcode', (s) => asciiDigits(s).replace(/\s/g, ''), (s) => /^\d{5}$/.test(s)),
  city: text,
  foreignerNumber: z.pipe(text, z.transform((s: string) => asciiDigits(s))),
  // "06 12 34 56 78", "+33 6 12 34 56 78", "+213 (0)5…": 8 to 15 digits, spaces, dots, dashes, brackets.
  phone: shaped('phone', (s) => asciiDigits(s).replace(/\s+/g, ' '), (s) => /^\+?[\d\s.()-]+$/.test(s) && (s.match(/\d/g) ?? []).length >= 8 && (s.match(/\d/g) ?? []).length <= 15),
  email: shaped('email', (s) => s, (s) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s)),
  titleRequested: text,
  cccReference: text,
});

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** One attempt to get an appointment or to file online: its date (a full day, up to today), a short note. */
export function attemptSchema(today: string) {
  return z.object({
    date: z.pipe(
      text,
      z.transform((raw: string, ctx) => {
        const s = asciiDigits(raw);
        if (!realDate(s) || s < EARLIEST_DATE) ctx.issues.push({ code: 'custom', message: 'attemptDate', input: raw });
        else if (today && s > today) ctx.issues.push({ code: 'custom', message: 'attemptFuture', input: raw });
        return s;
      }),
    ),
    note: text,
  });
}
