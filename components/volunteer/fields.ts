/**
 * The chapter form's values: form text ⇄ answers. Validation is the Situation schema's
 * (parseSituation), as on the one-question pages; this file only converts what was typed, and gives
 * react-hook-form its schema (chapterSchema, read through @hookform/resolvers/zod).
 */
import * as z from 'zod/mini';
import { CHAPTERS, DONT_KNOW, FACTS, FACT_IDS, type FactId } from '../../rules/facts';
import { impossibleInput, parseSituation, type Situation } from '../../rules/situation';
import { factsToAsk } from '../../rules';
import { asciiDigits } from '../../locales/languages';

export type Chapter = (typeof CHAPTERS)[number];
/** What a field holds: '' (not answered), 'dont-know', or the typed / chosen text. */
export type Draft = Partial<Record<FactId, string>>;

export const chapterFacts = (chapter: Chapter): FactId[] => FACT_IDS.filter((id) => FACTS[id].chapter === chapter);

export function toRaw(id: FactId, value: unknown): string {
  if (value === undefined) return '';
  if (value === DONT_KNOW) return DONT_KNOW;
  if (FACTS[id].input.kind === 'yes-no') return value === true ? 'yes' : value === false ? 'no' : '';
  return String(value);
}

export function draftOf(answers: Situation, chapter: Chapter): Draft {
  const d: Draft = {};
  for (const id of chapterFacts(chapter)) d[id] = toRaw(id, answers[id]);
  return d;
}

export function errorKeyFor(id: FactId): string {
  const kind = FACTS[id].input.kind;
  return kind === 'date' ? 'date' : kind === 'number' ? 'number' : kind === 'postcode' ? 'postcode' : 'choose';
}

/** A field's text → its answer (undefined = not answered) or the error key of ui.errors. */
export function fromRaw(id: FactId, raw: string | undefined): { value?: unknown; error?: string } {
  const text = asciiDigits(raw ?? '').trim(); // ۱۹۹۰ or ১৯৯০ typed on the person's keyboard is 1990
  if (text === '') return {};
  if (text === DONT_KNOW) return FACTS[id].dontKnow ? { value: DONT_KNOW } : { error: errorKeyFor(id) };
  const input = FACTS[id].input;
  let value: unknown;
  switch (input.kind) {
    case 'yes-no':
      value = text === 'yes' ? true : text === 'no' ? false : undefined;
      break;
    case 'choice':
    case 'date':
      value = text;
      break;
    case 'number': {
      const n = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
      value = /^\d+(\.\d+)?$/.test(n) ? Number(n) : undefined;
      break;
    }
    case 'postcode':
      value = text.replace(/\s/g, '');
      break;
  }
  if (value === undefined || !parseSituation({ [id]: value }).ok) return { error: errorKeyFor(id) };
  return { value };
}

/** The answers with this chapter's fields applied; fields in error are left out (and listed). */
export function applyDraft(base: Situation, chapter: Chapter, draft: Draft): { situation: Situation; errors: Partial<Record<FactId, string>> } {
  const out: Record<string, unknown> = { ...base };
  const errors: Partial<Record<FactId, string>> = {};
  for (const id of chapterFacts(chapter)) {
    delete out[id];
    if (!(id in draft)) {
      if (base[id] !== undefined) out[id] = base[id];
      continue;
    }
    const r = fromRaw(id, draft[id]);
    if (r.error) errors[id] = r.error;
    else if (r.value !== undefined) out[id] = r.value;
  }
  return { situation: out as Situation, errors };
}

/**
 * The chapter form's schema, for react-hook-form (zodResolver): the form's values are the fields' texts (a Draft).
 * Each field's text is converted (fromRaw: native digits, "2 300,50", "I don't know", a partial date) and checked
 * by the Situation schema; then, with the evaluation date, input that cannot be true (a birth date after today, a
 * date before the birth date) is refused beside its field, as on the question pages. Every issue's message is a
 * key of ui.errors, never a text: a tampered saved answer gives that message, not a crash. applyDraft turns the
 * valid draft into answers. Built only from zod constructors the rules already use (strictObject, optional,
 * string, check): a new one would land in the zod chunk every question page loads (170 KiB budget).
 */
export function chapterSchema(base: Situation, chapter: Chapter, asOf: string) {
  const facts = chapterFacts(chapter);
  const field = (id: FactId) =>
    z.optional(
      // Not text (a value tampered with in the form): the field's message too.
      z.string(errorKeyFor(id)).check((ctx) => {
        const error = fromRaw(id, ctx.value).error;
        if (error) ctx.issues.push({ code: 'custom', message: error, input: ctx.value });
      }),
    );
  const shape = Object.fromEntries(facts.map((id) => [id, field(id)]));
  // Runs only when every field reads: the chapter applied to the saved answers.
  return z.strictObject(shape).check((ctx) => {
    const draft = ctx.value as Draft;
    const { situation } = applyDraft(base, chapter, draft);
    const mine = new Set<string>(facts);
    // A problem of this chapter's field, or of another chapter's date this one contradicts (its own page says the rest).
    for (const p of impossibleInput(situation, asOf)) {
      const path = mine.has(p.field) ? p.field : p.related !== undefined && mine.has(p.related) ? p.related : undefined;
      if (path) ctx.issues.push({ code: 'custom', message: path === p.field ? (p.code ?? 'generic') : 'contradictsOtherDates', path: [path], input: draft[path as FactId] });
    }
  });
}

/**
 * The facts worth asking now, from the rules (factsToAsk): the next screens' facts, then every fact a title
 * that is not ruled out still needs, in that order (issue 14: the volunteer form orders and hides a
 * chapter's fields by the screens; no follow-up after an "I don't know" that presumes a "yes"). A chapter page
 * shows at once what the question pages would ask over several rounds.
 */
export function openFacts(s: Situation, asOf: string): Set<FactId> {
  return new Set<FactId>(factsToAsk(s, { asOf }));
}
