/**
 * Every string in every language of the table (locales/languages.ts): fr is the source, the others follow; every card, condition,
 * document and fact of the rules module has its text. Failures list the missing keys.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, DOCUMENTS, FACTS, FACT_IDS, evaluate } from '../rules';
import { walk } from '../rules/logic';
import { LANGS, intlLocales, leafKeys, lookup, pick, readLanguage, deepMerge, type Lang } from '../locales';
import { makeT } from '../components/I18nProvider';

const dict = Object.fromEntries(LANGS.map((l) => [l, readLanguage(l)])) as Record<Lang, ReturnType<typeof readLanguage>>;
const keys = Object.fromEntries(LANGS.map((l) => [l, new Set(leafKeys(dict[l]))])) as Record<Lang, Set<string>>;

function missingIn(lang: Lang, wanted: readonly string[]) {
  return wanted.filter((k) => !lookup(dict[lang], k)?.trim());
}

/** Every node id of every card's condition tree (evaluated on an empty situation, which keeps the whole tree). */
function conditionIds(): string[] {
  const ev = evaluate({}, { asOf: '2026-11-22' });
  const ids = new Set<string>();
  for (const r of ev.results) for (const n of walk(r.conditions)) ids.add(n.id);
  return [...ids].sort();
}

/** Plural forms (key_one, key_few…, see makeT in components/I18nProvider.tsx) differ by language: compare their base key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const bases = (lang: Lang) => new Set([...keys[lang]].map((k) => k.replace(PLURAL, '_#')));

describe('same keys in every language', () => {
  for (const lang of LANGS.filter((l) => l !== 'fr')) {
    it(`every fr key exists in ${lang}`, () => {
      expect([...bases('fr')].filter((k) => !bases(lang).has(k))).toEqual([]);
    });
    it(`every ${lang} key exists in fr`, () => {
      expect([...bases(lang)].filter((k) => !bases('fr').has(k))).toEqual([]);
    });
  }
});

describe.each(LANGS)('plural forms in %s', (lang) => {
  it('every plural key has each form Intl.PluralRules uses for the language', () => {
    const categories = new Intl.PluralRules(intlLocales(lang)).resolvedOptions().pluralCategories;
    const plural = [...new Set([...keys[lang]].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];
    expect(plural.length).toBeGreaterThan(0);
    // French 'many' is only for millions ("1 000 000 de titres"): it falls back to _other.
    const needed = categories.filter((c) => !(lang === 'fr' && c === 'many'));
    const missing = plural.flatMap((base) => needed.filter((c) => !keys[lang].has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });
});

describe('makeT plural choice', () => {
  it('picks the Arabic form for 1, 2, 3–10, 11–99 and 100, and French one/other', () => {
    const ar = makeT(deepMerge(readLanguage('fr'), readLanguage('ar')), 'ar');
    const key = 'ui.results.groups.ruledOut.others';
    const cases = { one: 1, two: 2, few: 3, many: 11, other: 100 } as const;
    const forms = Object.entries(cases).map(([c, count]) => [ar(key, { count }), lookup(dict.ar, `${key}_${c}`)!.replace('{{count}}', String(count))]);
    for (const [got, want] of forms) expect(got).toBe(want);
    expect(new Set(forms.map(([got]) => got)).size).toBe(5);
    const fr = makeT(readLanguage('fr'), 'fr');
    expect(fr(key, { count: 1 })).toMatch(/^Et 1 autre titre qui ne concerne /);
    expect(fr(key, { count: 12 })).toMatch(/^Et 12 autres titres qui ne concernent /);
  });
});

describe.each(LANGS)('rules strings in %s', (lang) => {
  it('every card has a name and a summary', () => {
    expect(missingIn(lang, CATALOGUE.flatMap((c) => [`cards.${c.id}.name`, `cards.${c.id}.summary`]))).toEqual([]);
  });
  it('every condition node of every card has a text', () => {
    expect(missingIn(lang, conditionIds().map((id) => `conditions.${id}`))).toEqual([]);
  });
  it('every document has a name and a proof', () => {
    expect(missingIn(lang, Object.keys(DOCUMENTS).flatMap((d) => [`documents.${d}.name`, `documents.${d}.proof`]))).toEqual([]);
  });
  it('every fact has a question, a hint, a summary label and its options', () => {
    const wanted = FACT_IDS.flatMap((id) => {
      const input = FACTS[id].input;
      const base = [`facts.${id}.question`, `facts.${id}.hint`, `facts.${id}.summary`];
      return input.kind === 'choice' ? [...base, ...input.options.map((o) => `facts.${id}.options.${o}`)] : base;
    });
    expect(missingIn(lang, wanted)).toEqual([]);
  });
});

describe('locales/index.ts', () => {
  it('deep-merges and picks', () => {
    expect(deepMerge({ a: { b: '1', c: '2' } }, { a: { c: '3' }, d: '4' })).toEqual({ a: { b: '1', c: '3' }, d: '4' });
    expect(pick({ a: { b: '1', c: '2' }, d: '4' }, ['a.c', 'd'])).toEqual({ a: { c: '2' }, d: '4' });
  });
});
