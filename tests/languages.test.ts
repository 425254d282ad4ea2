/**
 * The one table of languages (locales/languages.ts, issue 16) and what reads it (issue 17: Dari, Pashto, Bengali):
 * its rows are the locales/ folders, no other file keeps its own list of languages, dates are Gregorian in every
 * language, numbers are written and read in the language's digits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, LANGUAGES, asciiDigits, dirOf, htmlLangOf, intlLocales, isLang, localDigits, reviewPending, languageCss } from '../locales/languages';
import { leafKeys, lookup, readLanguage } from '../locales';
import { formatDate, formatEuros, formatNumber } from '../wizard/dates';
import { makeT } from '../components/I18nProvider';
import { fromRaw } from '../components/volunteer/fields';
import { serverT } from '../app/_pages/server';
import { routeLangOf } from '../components/ServiceWorkerRegistration';

const ROOT = process.cwd();

describe('the language table', () => {
  it('has one locales/<code>/ folder per row, with the same files as locales/fr/, and no folder without a row', async () => {
    const { LANG_CODES } = await import('../scripts/langs.mjs');
    expect([...LANG_CODES].sort()).toEqual([...LANGS].sort());
    const frFiles = fs.readdirSync(path.join(ROOT, 'locales', 'fr')).sort();
    for (const lang of LANGS) expect(fs.readdirSync(path.join(ROOT, 'locales', lang)).sort(), lang).toEqual(frFiles);
  });

  it('gives Dari the route prs and the tag fa-AF, right to left like Pashto; Bengali left to right', () => {
    expect(LANGS).toEqual(['fr', 'en', 'ar', 'prs', 'ps', 'bn']);
    expect([htmlLangOf('prs'), dirOf('prs')]).toEqual(['fa-AF', 'rtl']);
    expect([htmlLangOf('ps'), dirOf('ps')]).toEqual(['ps', 'rtl']);
    expect([htmlLangOf('bn'), dirOf('bn')]).toEqual(['bn', 'ltr']);
    expect([htmlLangOf('fr'), dirOf('fr'), dirOf('ar')]).toEqual(['fr', 'ltr', 'rtl']);
    // An unknown code falls back to French rather than crashing a page.
    expect(htmlLangOf('xx')).toBe('fr');
  });

  it('forces the Gregorian calendar wherever Intl would pick another', () => {
    for (const lang of LANGS) for (const loc of intlLocales(lang)) {
      const cal = new Intl.DateTimeFormat(loc).resolvedOptions().calendar;
      expect(cal, `${lang} ${loc}`).toBe('gregory');
    }
    // Without the table's extension, fa-AF and ps are in the Persian calendar: the reason for the -u-ca-gregory.
    expect(new Intl.DateTimeFormat('fa-AF').resolvedOptions().calendar).toBe('persian');
  });

  it('writes each language with its font stack, keyed by its lang attribute', () => {
    const css = languageCss();
    expect(css).toContain(`[lang="fa-AF"]{font-family:${LANGUAGES.prs.fonts}}`);
    expect(css).toContain("[lang=\"bn\"]{font-family:system-ui, 'Noto Sans Bengali'");
    expect(css).toContain("[lang=\"ps\"]{font-family:system-ui, 'Noto Naskh Arabic'");
    expect(css).not.toContain('[lang="fr"]');
  });

  it('marks the three new translations as not reviewed until a review is recorded', () => {
    expect(LANGS.filter(reviewPending)).toEqual(['prs', 'ps', 'bn']);
    for (const lang of LANGS) for (const k of ['title', 'body', 'report', 'link']) expect(lookup(readLanguage(lang), `ui.review.${k}`)?.trim(), `${lang} ${k}`).toBeTruthy();
  });
});

describe('the offline cache', () => {
  it('asks the worker for the question pages of the route language (prs), which its list holds, not the html tag (fa-AF)', () => {
    expect(routeLangOf('/prs/q/birthDate/')).toBe('prs');
    expect(isLang(routeLangOf('/prs/'))).toBe(true);
    expect(isLang(htmlLangOf('prs'))).toBe(false); // why the tag cannot be sent
    expect(routeLangOf('/bn/results/')).toBe('bn');
  });
});

describe('no other file keeps its own list of languages', () => {
  // The list of all the languages written out (['fr', 'en', 'ar'], 'fr' | 'en' | 'ar' or { fr: '…', en: '…', ar: … }) outside the table: the place a
  // new row would miss. (A sample of two, such as fr and ar for left-to-right and right-to-left, is a choice, not a list.)
  const LIST = /(['"])fr\1\s*(,|\|)\s*(['"])en\3\s*(,|\|)\s*(['"])ar\5|\bfr:\s*(['"])[^'"]*\6,\s*en:\s*(['"])[^'"]*\7,\s*ar:/;
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(path.join(dir, d.name)) : /\.(ts|tsx|mjs|js)$/.test(d.name) ? [path.join(dir, d.name)] : [],
    );
  it('in app/, components/, filing/, scripts/, e2e/, tests/ and the build configuration', () => {
    const all = [...['app', 'components', 'filing', 'scripts', 'e2e', 'tests', 'locales'].flatMap(files), 'serwist.config.mjs', 'next.config.js'];
    const found = all.filter((f) => f !== path.join('locales', 'languages.ts') && f !== path.join('tests', 'languages.test.ts') && LIST.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});

describe('dates and numbers in the language', () => {
  it('formats a date in the Gregorian calendar with the language’s digits and month names', () => {
    expect(formatDate('2026-12-03', 'fr')).toBe('3 décembre 2026');
    expect(formatDate('2026-12-03', 'prs')).toBe('۳ دسمبر ۲۰۲۶');
    expect(formatDate('2026-12-03', 'ps')).toMatch(/^(?=.*۲۰۲۶)(?=.*دسمبر)(?=.*۳)/);
    expect(formatDate('2026-12-03', 'bn')).toBe('৩ ডিসেম্বর, ২০২৬');
    expect(formatDate('2026-12-03', 'ar')).toMatch(/2026/); // Arabic keeps Latin digits (Maghreb usage)
  });

  it('formats amounts and numbers in the language’s digits', () => {
    expect(formatEuros(225, 'prs')).toContain('۲۲۵');
    expect(formatEuros(225, 'bn')).toContain('২২৫');
    expect(formatNumber(12, 'ps')).toBe('۱۲');
    expect(formatNumber(12, 'fr')).toBe('12');
  });

  it('puts a number into a sentence in the language’s digits, on the page and at build time', () => {
    const msgs = { a: 'x {{n}} y {{s}}' };
    expect(makeT(msgs, 'bn')('a', { n: 2026, s: 'L423-23' })).toBe('x ২০২৬ y L423-23');
    expect(makeT(msgs, 'prs')('a', { n: 15, s: '75001' })).toBe('x ۱۵ y 75001');
    expect(makeT(msgs, 'fr')('a', { n: 2026, s: 'x' })).toBe('x 2026 y x');
    expect(serverT('fr')('ui.results.groups.ruledOut.others', { count: 12 })).toMatch(/12/);
  });

  it('reads digits typed on a Persian, Pashto, Arabic or Bengali keyboard', () => {
    expect(asciiDigits('۱۹۹۰')).toBe('1990');
    expect(asciiDigits('১৯৯০')).toBe('1990');
    expect(asciiDigits('٢٠٢٦')).toBe('2026');
    expect(asciiDigits('۱۲٫۵')).toBe('12.5');
    expect(localDigits('2026', 'prs')).toBe('۲۰۲۶');
    expect(localDigits('2026', 'bn')).toBe('২০২৬');
    expect(localDigits('2026', 'fr')).toBe('2026');
  });

  it('accepts those digits in a volunteer’s chapter field (a number and a postcode)', () => {
    expect(fromRaw('euFamilyResidenceYears', '۵')).toEqual({ value: 5 });
    expect(fromRaw('euFamilyResidenceYears', '৫')).toEqual({ value: 5 });
    expect(fromRaw('postcode', '۷۵۰۱۱')).toEqual({ value: '75011' });
  });
});

describe('every translation keeps the French placeholders and markup', () => {
  const fr = readLanguage('fr');
  // A threshold may be written `{{name:n}}` (the number alone) where the language inflects the unit itself
  // (rules/thresholds.ts): the same placeholder in another form.
  const marks = (s: string) => [...(s.match(/\{\{\s*\w+(?::n)?\s*\}\}|<\/?\w+[^>]*>/g) ?? [])].map((m) => m.replace(/\s+/g, '').replace(/:n\}\}$/, '}}')).sort();
  it.each(LANGS.filter((l) => l !== 'fr'))('%s', (lang) => {
    const mine = readLanguage(lang);
    const PLURAL = /_(zero|one|two|few|many|other)$/;
    const bad = leafKeys(mine).filter((k) => {
      const frText = lookup(fr, k) ?? lookup(fr, k.replace(PLURAL, '_other')) ?? lookup(fr, k.replace(PLURAL, '_one'));
      const text = lookup(mine, k);
      if (frText === undefined || text === undefined) return false;
      // Plural forms may drop {{count}} (Arabic 'one' says "one title"): compare the others.
      const strip = (xs: string[]) => (PLURAL.test(k) ? xs.filter((x) => x !== '{{count}}') : xs);
      return JSON.stringify(strip(marks(text))) !== JSON.stringify(strip(marks(frText)));
    });
    expect(bad).toEqual([]);
  });
});

describe('titles are named in the reader\'s script', () => {
  // Arabic names were left in French only for the Algerian, Tunisian, Moroccan and EU-family titles, the very people
  // reading Arabic (found on 2026-12-03). The card's French name is shown on its own line (ui.results.officialName).
  const LETTERS = { Latn: /[A-Za-z]/, Arab: /[\u0600-\u06FF]/, Beng: /[\u0980-\u09FF]/ } as const;
  for (const lang of LANGS) {
    it(`${lang}: every title's name and summary contains ${LANGUAGES[lang].script} letters`, () => {
      const m = readLanguage(lang);
      const keys = leafKeys(m).filter((k) => /^cards\.[^.]+\.(name|summary)$/.test(k));
      expect(keys.length).toBeGreaterThan(90);
      const bad = keys.filter((k) => !LETTERS[LANGUAGES[lang].script].test(lookup(m, k) ?? ''));
      expect(bad).toEqual([]);
    });
  }
});
