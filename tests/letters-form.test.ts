/**
 * Issue 16, forms: the letters form (components/letters/LetterBuilder.tsx) is a react-hook-form form validated by its
 * own zod schema (components/letters/letter-schema.ts) through @hookform/resolvers/zod. Every field is optional; what
 * is written must be usable by the préfecture; digits typed on another keyboard are written 0–9 in the French letter.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { LetterTextSchema, attemptSchema, letterText } from '../components/letters/letter-schema';

const OPTIONS = { shouldUseNativeValidation: false, fields: {} } as ResolverOptions<Record<string, unknown>>;
async function run(schema: typeof LetterTextSchema | ReturnType<typeof attemptSchema>, values: Record<string, unknown>) {
  const resolver = zodResolver(schema as typeof LetterTextSchema) as unknown as Resolver<Record<string, unknown>>;
  const r = await resolver(values, undefined, OPTIONS);
  const errors = r.errors as FieldErrors<Record<string, string>>;
  return { values: r.values as Record<string, string>, errors: Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, e?.message])) };
}

describe('the letter fields schema', () => {
  it('an empty form is valid: every field is optional', async () => {
    expect((await run(LetterTextSchema, {})).errors).toEqual({});
  });

  it('writes a postcode or a phone typed in Arabic, Persian or Bengali digits with 0–9', async () => {
    const r = await run(LetterTextSchema, { postcode: '٩٣ ١٠٠', phone: '۰۶ ۱۲ ۳۴ ۵۶ ۷۸', foreignerNumber: '৭৫০১২৩৪৫৬৭', fullName: '  Amina K.  ' });
    expect(r.errors).toEqual({});
    expect(letterText(r.values)).toMatchObject({ postcode: '93100', phone: '06 12 34 56 78', foreignerNumber: '7501234567', fullName: 'Amina K.' });
  });

  it('a wrong postcode, phone or e-mail gives its message key', async () => {
    const r = await run(LetterTextSchema, { postcode: '7500', phone: 'call me', email: 'amina@' });
    expect(r.errors).toEqual({ postcode: 'postcode', phone: 'phone', email: 'email' });
    expect((await run(LetterTextSchema, { phone: '+33 6 12 34 56 78', email: 'amina.k@example.fr' })).errors).toEqual({});
  });

  it('what the letter prints: a value that is not text is left out, never a crash', () => {
    expect(letterText({ postcode: 75001, email: { x: 1 }, fullName: null, city: ' Lyon ' })).toEqual({ city: 'Lyon' });
  });
});

describe('an attempt', () => {
  const schema = attemptSchema('2026-12-03');
  it('needs a real day, not after today; the note is optional', async () => {
    expect((await run(schema, { date: '2026-11-20', note: '' })).errors).toEqual({});
    expect((await run(schema, { date: '২০২৬-১১-২০', note: ' aucun créneau ' })).errors).toEqual({});
    expect((await run(schema, { date: '', note: 'x' })).errors).toEqual({ date: 'attemptDate' });
    expect((await run(schema, { date: '2026-02-30', note: '' })).errors).toEqual({ date: 'attemptDate' });
    expect((await run(schema, { date: '1850-01-01', note: '' })).errors).toEqual({ date: 'attemptDate' });
    expect((await run(schema, { date: '2026-12-04', note: '' })).errors).toEqual({ date: 'attemptFuture' });
  });
});
