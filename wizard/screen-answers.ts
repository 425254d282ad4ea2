/**
 * Reads a screen's form into facts (issue 14), with the same parsing as a one-question page (input.ts): one
 * error per field, keyed by fact, in the order of the page.
 */
import { DONT_KNOW, FACTS, type FactId } from '../rules/facts';
import { checklistAnswers } from '../rules/checklist';
import type { Screen } from '../rules/screen-specs';
import { asciiDigits } from '../locales/languages';
import { parseDate, parseNumber, parsePostcode } from './input';
import { privateName } from './keys';

export type ErrorKey = 'choose' | 'required' | 'date' | 'number' | 'postcode' | 'checklist' | 'which';
export interface ScreenRead {
  values: Partial<Record<FactId, unknown>>;
  errors: Partial<Record<FactId | '_checklist', ErrorKey>>;
}

/** The value of one field of a screen's form (the one-question page reads its own: QuestionForm). */
export function readField(fd: FormData, fact: FactId): { value?: unknown; error?: ErrorKey } {
  const spec = FACTS[fact];
  const input = spec.input;
  const str = (name: string) => String(fd.get(name) ?? '').trim();
  // Opaque control names (issue 15, keys.ts): nothing a browser's autofill learns.
  const name = privateName(fact);
  if (spec.dontKnow && fd.get(`${name}-dk`)) return { value: DONT_KNOW };
  switch (input.kind) {
    case 'yes-no': {
      const v = fd.get(name);
      return v === 'yes' ? { value: true } : v === 'no' ? { value: false } : v === DONT_KNOW ? { value: DONT_KNOW } : { error: 'choose' };
    }
    case 'choice': {
      const v = fd.get(name);
      return v ? { value: String(v) } : { error: 'choose' };
    }
    case 'date': {
      const [d, m, y] = [`${name}-d`, `${name}-m`, `${name}-y`].map((n) => asciiDigits(str(n)));
      // The day, or the day and the month, may be left empty: a date known only to the month or the year (issue 12).
      const partial = !d && /^\d{4}$/.test(y!) ? (!m ? y! : /^\d{1,2}$/.test(m) && Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m.padStart(2, '0')}` : 'invalid') : undefined;
      const iso = partial ?? parseDate(d!, m!, y!);
      if (iso === undefined) return { error: 'required' };
      if (iso === 'invalid') return { error: 'date' };
      return { value: iso };
    }
    case 'number': {
      const n = parseNumber(str(name));
      if (n === undefined) return { error: 'required' };
      if (n === 'invalid' || n < input.min || n > input.max) return { error: 'number' };
      return { value: n };
    }
    case 'postcode': {
      const p = parsePostcode(str(name));
      if (p === undefined) return { error: 'required' };
      return /^(?:[0-8]\d|9[0-8])\d{3}$/.test(p) ? { value: p } : { error: 'postcode' };
    }
  }
}

export function readScreen(form: HTMLFormElement, screen: Screen, shown: readonly FactId[]): ScreenRead {
  const fd = new FormData(form);
  const errors: ScreenRead['errors'] = {};
  if (screen.kind === 'checklist') {
    const ticked = fd.getAll('ticked').map(String);
    if (ticked.length === 0) return { values: {}, errors: { _checklist: 'checklist' } };
    if (ticked.includes(DONT_KNOW)) return { values: checklistAnswers(screen.facts, DONT_KNOW), errors };
    const facts = ticked.filter((x): x is FactId => screen.facts.includes(x as FactId));
    const choices: Partial<Record<FactId, string>> = {};
    for (const f of facts) {
      if (FACTS[f].input.kind !== 'choice') continue;
      const v = fd.get(privateName(f));
      if (!v) errors[f] = 'which';
      else choices[f] = String(v);
    }
    return { values: checklistAnswers(screen.facts, { ticked: facts, choices }), errors };
  }
  const values: ScreenRead['values'] = {};
  for (const f of shown) {
    const r = readField(fd, f);
    if (r.error) errors[f] = r.error;
    else values[f] = r.value;
  }
  return { values, errors };
}
