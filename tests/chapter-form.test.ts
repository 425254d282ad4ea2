/**
 * Issue 16, forms: the volunteer chapter form is a react-hook-form form validated by a schema derived from the
 * Situation schema (components/volunteer/fields.ts chapterSchema, through @hookform/resolvers/zod). These run the
 * resolver as react-hook-form does on submit, then applyDraft as the form does: what was typed becomes answers; a wrong or tampered value gives the
 * field's ui.errors key (never a crash, never a saved answer); "I don't know" stays "I don't know".
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, type Situation } from '../rules';
import { applyDraft, chapterSchema, draftOf, type Chapter, type Draft } from '../components/volunteer/fields';

const AS_OF = '2026-12-03';
const OPTIONS = { shouldUseNativeValidation: false, fields: {} } as ResolverOptions<Draft>;

async function submit(base: Situation, chapter: Chapter, values: Record<string, unknown>) {
  const resolver = zodResolver(chapterSchema(base, chapter, AS_OF));
  const r = await resolver({ ...draftOf(base, chapter), ...values } as Draft, undefined, OPTIONS);
  const errors = r.errors as FieldErrors<Record<string, string>>;
  // What the form saves on a valid submit: the chapter's draft applied to the saved answers.
  return { values: applyDraft(base, chapter, r.values as Draft).situation, errors: Object.fromEntries(Object.entries(errors).map(([k, e]) => [k, e?.message])) };
}

describe('the chapter form schema (react-hook-form resolver)', () => {
  it('turns typed text into answers, keeps the other chapters, reads native digits and "I don\'t know"', async () => {
    const base: Situation = { nationality: 'tunisian', removalOrder: 'none' };
    const r = await submit(base, 'work-study', { shortageJobMonthsLast24: '١٢', annualWorkHours: DONT_KNOW });
    expect(r.errors).toEqual({});
    expect(r.values).toMatchObject({ nationality: 'tunisian', removalOrder: 'none', shortageJobMonthsLast24: 12, annualWorkHours: DONT_KNOW });
    const you = await submit({}, 'you', { birthDate: '১৯৯০-০৩-১৪' });
    expect(you.values.birthDate).toBe('1990-03-14');
  });

  it('keeps a date known only to the month or the year (a partial saved date is not lost)', async () => {
    const base: Situation = { entryDate: '2015-03' };
    const r = await submit(base, 'stay', {});
    expect(r.errors).toEqual({});
    expect(r.values.entryDate).toBe('2015-03');
    const y = await submit({}, 'stay', { entryDate: '2015' });
    expect(y.values.entryDate).toBe('2015');
  });

  it('an empty field is "not answered": the answer goes, nothing else', async () => {
    const r = await submit({ shortageJobMonthsLast24: 12, nationality: 'other' }, 'work-study', { shortageJobMonthsLast24: '' });
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ nationality: 'other' });
  });

  it('a number out of range, a bad date, a bad postcode or an unknown option: the field\'s message key', async () => {
    expect((await submit({}, 'work-study', { shortageJobMonthsLast24: '99' })).errors).toEqual({ shortageJobMonthsLast24: 'number' });
    expect((await submit({}, 'you', { birthDate: '1988-02-30' })).errors).toEqual({ birthDate: 'date' });
    expect((await submit({}, 'filing', { postcode: '7500' })).errors).toEqual({ postcode: 'postcode' });
    expect((await submit({}, 'urgent', { removalOrder: 'deported-yesterday' })).errors).toEqual({ removalOrder: 'choose' });
    // "I don't know" where the registry does not allow it (birthDate) is refused, not saved.
    expect((await submit({}, 'you', { birthDate: DONT_KNOW })).errors).toEqual({ birthDate: 'date' });
  });

  it('tampered saved answers give the message, not a crash', async () => {
    // What a hand-edited localStorage may hold: a string for a number, an object, a number for a choice.
    const tampered = { shortageJobMonthsLast24: 'lots', annualWorkHours: { x: 1 }, removalOrder: 7 } as unknown as Situation;
    const work = await submit(tampered, 'work-study', {});
    expect(work.errors).toMatchObject({ shortageJobMonthsLast24: 'number', annualWorkHours: 'number' });
    expect((await submit(tampered, 'urgent', {})).errors).toMatchObject({ removalOrder: 'choose' });
    // A value of the wrong type in the form itself (not text) is read as text and refused the same way.
    expect((await submit({}, 'work-study', { shortageJobMonthsLast24: { evil: true } })).errors).toEqual({ shortageJobMonthsLast24: 'number' });
  });

  it('input that cannot be true is refused beside its field, as on the question pages', async () => {
    expect((await submit({}, 'you', { birthDate: '2030-01-01' })).errors).toEqual({ birthDate: 'dateAfterEvaluation' });
    expect((await submit({}, 'you', { birthDate: '1850' })).errors).toEqual({ birthDate: 'dateTooOld' });
    expect((await submit({ birthDate: '1990-03-14' }, 'stay', { entryDate: '1985-06-01' })).errors).toEqual({ entryDate: 'dateBeforeBirth' });
    // Changing the birth date so that a saved arrival is before it: said on the birth date.
    expect((await submit({ entryDate: '1985-06-01' }, 'you', { birthDate: '1990-03-14' })).errors).toEqual({ birthDate: 'contradictsOtherDates' });
    // A month that may hold the birth day is not "before the birth".
    expect((await submit({ birthDate: '1990-03-14' }, 'stay', { entryDate: '1990-03' })).errors).toEqual({});
  });
});
