/**
 * Locale loading, on the server only (build time of the static export).
 *
 * Every JSON file of locales/<lang>/ is deep-merged into one dictionary: the rules
 * helpers' files (rules-*.json: cards, conditions, documents, verify, warnings, facts),
 * then facts.json, then ui.json. French is the source: a key missing in en or ar is
 * filled with the French text, so a page never shows a raw key. The languages are the rows of locales/languages.ts.
 *
 * Pages pass only the part of ONE language's dictionary they need to their client
 * components (see pick()), so /fr/ pages never ship en or ar strings.
 */
import fs from 'node:fs';
import path from 'node:path';

import { LANGS, isLang, type Lang, type Messages } from './types';
import { localDigits } from './languages';
import { textValues } from '../rules/params';
import { THRESHOLDS, type Threshold } from '../rules/thresholds';
import { duration } from './duration';

export { LANGS, isLang, type Lang, type Messages };
export { LANGUAGES, dirOf, htmlLangOf, intlLocales, localDigits, asciiDigits, reviewPending } from './languages';
export const SOURCE_LANG: Lang = 'fr';

const isObject = (x: unknown): x is Messages => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Deep merge: b wins on leaves, objects merge. Inputs are not changed. */
export function deepMerge(a: Messages, b: Messages): Messages {
  const out: Messages = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isObject(prev) && isObject(v) ? deepMerge(prev, v) : v;
  }
  return out;
}

const LOCALES_DIR = path.join(process.cwd(), 'locales');

/** Our own files come last so the UI wording wins on a clash. */
const rank = (file: string) => (file === 'ui.json' ? 2 : file === 'facts.json' ? 1 : 0);

export function localeFiles(lang: Lang): string[] {
  const dir = path.join(LOCALES_DIR, lang);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
}

/** One language's strings only, without the French fallback (tests use this to find gaps). */
export function readLanguage(lang: Lang): Messages {
  let merged: Messages = {};
  for (const file of localeFiles(lang)) {
    const data: unknown = JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, lang, file), 'utf8'));
    if (isObject(data)) merged = deepMerge(merged, data);
  }
  return merged;
}

const cache = new Map<Lang, Messages>();

/** The dictionary a page of `lang` uses: that language, with French for any missing key. */
export function loadMessages(lang: Lang): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = fillTextValues(lang === SOURCE_LANG ? readLanguage(lang) : deepMerge(readLanguage(SOURCE_LANG), readLanguage(lang)), lang);
    cache.set(lang, m);
  }
  return m;
}

/**
 * Thresholds written in the law's sentences are filled here, so a new value is one edit in rules/ and never a hunt
 * through six languages: `{{name}}` of a parameter (rules/params.ts TEXT_VALUES: L426-10's jobs and millions) is
 * its number in the language's digits; `{{name}}` of a duration or age (rules/thresholds.ts) is the whole duration
 * in the language's plural form ("10 ans", "10 سنوات", "سنتين"), read from this dictionary's `ui.duration`;
 * `{{name:n}}` is the number alone, for a sentence whose grammar inflects the unit itself (Pashto, Bengali).
 */
export function fillTextValues(
  m: Messages,
  lang: Lang,
  values: Record<string, number> = textValues(),
  thresholds: Readonly<Record<string, Pick<Threshold, 'value' | 'unit'>>> = THRESHOLDS,
): Messages {
  const read = (key: string) => lookup(m, key) ?? '';
  const fill = (s: string) =>
    s.replace(/\{\{\s*(\w+)(:n)?\s*\}\}/g, (whole, name: string, bare: string | undefined) => {
      if (name in values) return localDigits(String(values[name]), lang);
      const threshold = thresholds[name];
      if (!threshold) return whole;
      return bare ? localDigits(String(threshold.value), lang) : duration(threshold.unit, threshold.value, lang, read);
    });
  const walk = (node: Messages): Messages => {
    const out: Messages = {};
    for (const [k, v] of Object.entries(node)) out[k] = isObject(v) ? walk(v) : typeof v === 'string' ? fill(v) : v;
    return out;
  };
  return walk(m);
}

/** Keeps only the listed top-level sections or dotted paths (e.g. 'facts.birthDate'). */
export function pick(messages: Messages, paths: readonly string[]): Messages {
  let out: Messages = {};
  for (const p of paths) {
    const parts = p.split('.');
    let node: string | Messages | undefined = messages;
    for (const part of parts) node = isObject(node) ? node[part] : undefined;
    if (node === undefined) continue;
    let branch: Messages | string = node;
    for (let i = parts.length - 1; i >= 0; i--) branch = { [parts[i]!]: branch };
    out = deepMerge(out, branch as Messages);
  }
  return out;
}

/** All dotted leaf keys of a dictionary. */
export function leafKeys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => (isObject(v) ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** Reads a dotted key; undefined when absent. */
export function lookup(m: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = m;
  for (const part of key.split('.')) node = isObject(node) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
