/**
 * A tiny translator over a plain dictionary, so the checklist and letters can hold TWO
 * languages at once (French for the préfecture + the person's language) without a second
 * i18next instance. Missing keys give '' (never the raw key).
 */
import type { Messages } from '../../locales/types';

export type T = (key: string, vars?: Record<string, string | number>) => string;

function node(m: Messages, key: string): string | Messages | undefined {
  let n: string | Messages | undefined = m;
  for (const part of key.split('.')) n = typeof n === 'object' && n !== null ? n[part] : undefined;
  return n;
}

export function makeT(m: Messages): T {
  return (key, vars) => {
    const v = node(m, key);
    if (typeof v !== 'string') return '';
    return vars ? v.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in vars ? String(vars[k]) : '')) : v;
  };
}

/** A list of strings stored as an object { "1": "...", "2": "..." } or as numbered keys. */
export function makeList(m: Messages) {
  const t = makeT(m);
  return (key: string, vars?: Record<string, string | number>): string[] => {
    const v = node(m, key);
    if (!v || typeof v !== 'object') return [];
    return Object.keys(v)
      .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
      .filter((k) => typeof v[k] === 'string')
      .map((k) => t(`${key}.${k}`, vars));
  };
}

/** Document name: documents.<id>.name, or documents.<id> when a file stores it as a plain string. */
export function docName(m: Messages, id: string): string {
  const v = node(m, `documents.${id}`);
  if (typeof v === 'string') return v;
  const name = v ? node(v, 'name') : undefined;
  return typeof name === 'string' ? name : id.replace(/-/g, ' ');
}
export function docProof(m: Messages, id: string): string {
  const v = node(m, `documents.${id}.proof`);
  return typeof v === 'string' ? v : '';
}

/** Card name from the card writers' strings: cards.<id>.name. */
export function cardName(m: Messages, id: string): string {
  const v = node(m, `cards.${id}.name`);
  return typeof v === 'string' ? v : '';
}

/** The strings of the checklist and letter pages: the person's language (`mine`) and French. */
export interface SharedStrings {
  mine: Messages;
  fr: Messages;
}

const loaded = new Map<string, Promise<Messages | null>>();

/** One language's file (/<lang>/strings.json, served by the worker's precache offline), fetched once per page. */
function loadFile(lang: string): Promise<Messages | null> {
  let p = loaded.get(lang);
  if (!p) {
    p = fetch(`/${lang}/strings.json`, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) return null;
        const data = (await res.json()) as { mine?: Messages };
        return data && typeof data.mine === 'object' && data.mine !== null ? data.mine : null;
      })
      .catch(() => null);
    loaded.set(lang, p);
  }
  return p;
}

/**
 * The person's strings and the French ones (the préfecture's column): /<lang>/strings.json and /fr/strings.json.
 * French is one file shared by every language rather than a copy in each (about 11 kB gzip saved per language in
 * the first-visit download, issue 15's 4 MB budget). Null when the person's file cannot be had.
 */
export async function loadSharedStrings(lang: string): Promise<SharedStrings | null> {
  const [mine, fr] = await Promise.all([loadFile(lang), lang === 'fr' ? null : loadFile('fr')]);
  if (!mine) return null;
  if (lang === 'fr') return { mine, fr: mine };
  return { mine, fr: fr ?? mine };
}
