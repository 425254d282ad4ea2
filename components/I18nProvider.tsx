'use client';
/**
 * Client-side strings: the subset of ONE language's dictionary the page passed (already
 * merged with the French fallback on the server by locales/index.ts, where i18next renders
 * the server components). A tiny lookup replaces react-i18next here: it keeps one-question
 * pages under the JS budget (react-i18next + i18next cost about 17 KiB gzip on every page).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages, TFunction } from '../locales/types';
import { intlLocales, localDigits } from '../locales/languages';

export type { TFunction };

const Ctx = createContext<{ t: TFunction; lang: string }>({ t: () => '', lang: 'fr' });

/**
 * With a numeric `count`, `key_<category>` is read first, the category coming from Intl.PluralRules of the
 * language (i18next's JSON v4 suffixes: zero, one, two, few, many, other; Arabic uses all six), then
 * `key_other`, then `key`.
 */
export function makeT(messages: Messages, lang?: string): TFunction {
  const rules = lang ? new Intl.PluralRules(intlLocales(lang)) : undefined;
  // A number put into a sentence is written in the language's digits (Dari and Pashto ۰–۹, Bengali ০–৯).
  const num = (v: string | number) => (typeof v === 'number' && lang ? localDigits(String(v), lang) : String(v));
  const read = (key: string) => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return (key, vars) => {
    const count = vars?.count;
    const node = (typeof count === 'number' && rules ? (read(`${key}_${rules.select(count)}`) ?? read(`${key}_other`)) : undefined) ?? read(key);
    if (node === undefined) return ''; // never the raw key
    return vars ? node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in vars ? num(vars[name]!) : m)) : node;
  };
}

export function I18nProvider({ lang, messages, children }: { lang: string; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ t: makeT(messages, lang), lang }), [lang, messages]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useTranslation() {
  return useContext(Ctx);
}
