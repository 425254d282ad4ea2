/**
 * Every string in every language: fr is the source, en and ar follow; every card, condition,
 * document and fact of the rules module has its text. Failures list the missing keys.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, DOCUMENTS, FACTS, FACT_IDS, evaluate } from '../rules';
import { walk } from '../rules/logic';
import { LANGS, leafKeys, lookup, pick, readLanguage, deepMerge, type Lang } from '../locales';

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

describe('same keys in every language', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`every fr key exists in ${lang}`, () => {
      expect([...keys.fr].filter((k) => !keys[lang].has(k))).toEqual([]);
    });
    it(`every ${lang} key exists in fr`, () => {
      expect([...keys[lang]].filter((k) => !keys.fr.has(k))).toEqual([]);
    });
  }
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
