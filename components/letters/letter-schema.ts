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

/** Built only from zod constructors the rules already use (strictObject, optional, string, check): a new one would land in the zod chunk every question page loads (170 KiB budget). */
const text = z.optional(z.string());
/** An optional field with a shape: '' passes; otherwise, once normalised, `ok` or the message key. */
const shaped = (key: string, ok: (s: string) => boolean) =>
  z.optional(
    z.string().check((ctx) => {
      const s = normalise(ctx.value);
      if (s !== '' && !ok(s)) ctx.issues.push({ code: 'custom', message: key, input: ctx.value });
    }),
  );
/** Trimmed; digits typed on an Arabic, Dari, Pashto or Bengali keyboard as 0–9 (the letter is in French). */
const normalise = (s: string) => asciiDigits(s).trim().replace(/\s+/g, ' ');

export const LetterTextSchema = z.strictObject({
  fullName: text,
  address: text,
  postcode: shaped('postcode', (s) => /^\d{5}$/.test(s.replace(/\s/g, ''))),
  city: text,
  foreignerNumber: text,
  // "06 12 34 56 78", "+33 6 12 34 56 78", "+213 (0)5…": 8 to 15 digits, spaces, dots, dashes, brackets.
  phone: shaped('phone', (s) => /^\+?[\d\s.()-]+$/.test(s) && (s.match(/\d/g) ?? []).length >= 8 && (s.match(/\d/g) ?? []).length <= 15),
  email: shaped('email', (s) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s)),
  titleRequested: text,
  cccReference: text,
});

/** What the letter prints of the fields: trimmed, digits 0–9, the postcode without spaces; a value that is not text is left out. */
export function letterText(values: Partial<Record<keyof LetterText, unknown>>): LetterText {
  const out: LetterText = {};
  for (const f of TEXT_FIELDS) {
    const v = values[f];
    if (typeof v !== 'string') continue;
    if (f === 'address') out[f] = asciiDigits(v).trim();
    else out[f] = f === 'postcode' ? normalise(v).replace(/\s/g, '') : normalise(v);
  }
  return out;
}

const realDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** One attempt to get an appointment or to file online: its date (a full day, up to today), a short note. */
export function attemptSchema(today: string) {
  return z.strictObject({
    date: z.string('attemptDate').check((ctx) => {
      const s = asciiDigits(ctx.value).trim();
      if (!realDate(s) || s < EARLIEST_DATE) ctx.issues.push({ code: 'custom', message: 'attemptDate', input: ctx.value });
      else if (today && s > today) ctx.issues.push({ code: 'custom', message: 'attemptFuture', input: ctx.value });
    }),
    note: text,
  });
}
