'use client';
/**
 * Client-side strings: the subset of ONE language's dictionary the page passed (already
 * merged with the French fallback on the server by locales/index.ts, where i18next renders
 * the server components). A tiny lookup replaces react-i18next here: it keeps one-question
 * pages under the JS budget (react-i18next + i18next cost about 17 KiB gzip on every page).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from '../locales/types';

export type TFunction = (key: string, vars?: Record<string, string | number>) => string;

const Ctx = createContext<{ t: TFunction; lang: string }>({ t: () => '', lang: 'fr' });

export function makeT(messages: Messages): TFunction {
  return (key, vars) => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? node[part] : undefined;
    if (typeof node !== 'string') return ''; // never the raw key
    return vars ? node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : node;
  };
}

export function I18nProvider({ lang, messages, children }: { lang: string; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ t: makeT(messages), lang }), [lang, messages]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useTranslation() {
  return useContext(Ctx);
}
