/**
 * THE table of languages (issue 16): every place where the language matters reads it — routes
 * (generateStaticParams), <html lang dir>, the language menus, Intl formatting (dates, euros, plural forms),
 * the digits shown and accepted in inputs, the font stack (screen and print), the offline cache (app/sw.ts and,
 * through the locales/<code>/ folders, serwist.config.mjs and scripts/precache-size.mjs), the bilingual
 * checklist and the "translation not reviewed yet" notice.
 *
 * Adding a language = one row here + its folder locales/<code>/ with the same files and keys as locales/fr/.
 * Then: every Record<Lang, …> fails to compile until it has the new language, and tests/languages.test.ts /
 * tests/locales.test.ts fail until the folder exists and every key is translated.
 *
 * Client-safe: pure data, no Node import (the service worker and client components import it).
 */

/** Digits the language's readers use: Latin, Eastern Arabic as in Persian/Pashto (۰–۹), Bengali (০–৯). */
export type Digits = 'latn' | 'arabext' | 'beng';

/**
 * Whether a native-speaking legal volunteer has checked the translation. `pending` shows the notice on every page
 * of the language until the review is recorded here (who, when), in a commit the repository keeps.
 */
export type Review = 'source' | 'existing' | 'pending' | { reviewedOn: string; by: string };

export interface Language {
  /** Its name in itself, as the language menus show it. */
  name: string;
  /** BCP 47 tag of <html lang> and of every lang="" attribute (Dari: the route is /prs/, the tag fa-AF). */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /**
   * Locales for Intl (dates, numbers, plural rules), best first. The Gregorian calendar is forced with -u-ca-gregory:
   * Intl formats fa-AF and ps in the Persian solar calendar by default, and French letters and deadlines are Gregorian.
   * A browser whose ICU lacks the first one takes the next (Pashto → Dari month names, the same Gregorian names).
   */
  intl: readonly string[];
  digits: Digits;
  /** The script its texts are written in (ISO 15924): a translated card name must contain letters of it. */
  script: 'Latn' | 'Arab' | 'Beng';
  /**
   * CSS font stack, system fonts first: Noto is what Android phones ship (Noto Naskh Arabic covers the Dari and
   * Pashto letters ټ ډ ړ ږ ښ ګ ڼ ۍ ې; Noto Sans Bengali covers Bengali); Windows and Apple names follow.
   * Undefined: the site's default stack (app/globals.css :root).
   */
  fonts?: string;
  /** Extra line height for scripts with tall marks above and below. */
  lineHeight?: number;
  review: Review;
}

const ARABIC_SCRIPT = "system-ui, 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, 'Segoe UI', 'Geeza Pro', 'DejaVu Sans', Arial, sans-serif";

export const LANGUAGES = {
  fr: { name: 'Français', htmlLang: 'fr', dir: 'ltr', intl: ['fr-FR'], digits: 'latn', script: 'Latn', review: 'source' },
  en: { name: 'English', htmlLang: 'en', dir: 'ltr', intl: ['en-GB'], digits: 'latn', script: 'Latn', review: 'existing' },
  // Arabic readers in France (Maghreb) write Latin digits.
  ar: { name: 'العربية', htmlLang: 'ar', dir: 'rtl', intl: ['ar-u-nu-latn'], digits: 'latn', script: 'Arab', fonts: ARABIC_SCRIPT, lineHeight: 1.7, review: 'existing' },
  prs: {
    name: 'دری',
    htmlLang: 'fa-AF',
    dir: 'rtl',
    intl: ['fa-AF-u-ca-gregory-nu-arabext', 'fa-u-ca-gregory-nu-arabext'],
    digits: 'arabext',
    script: 'Arab',
    fonts: ARABIC_SCRIPT,
    lineHeight: 1.8,
    review: 'pending',
  },
  ps: {
    name: 'پښتو',
    htmlLang: 'ps',
    dir: 'rtl',
    intl: ['ps-AF-u-ca-gregory-nu-arabext', 'fa-AF-u-ca-gregory-nu-arabext'],
    digits: 'arabext',
    script: 'Arab',
    fonts: ARABIC_SCRIPT,
    lineHeight: 1.8,
    review: 'pending',
  },
  bn: {
    name: 'বাংলা',
    htmlLang: 'bn',
    dir: 'ltr',
    intl: ['bn-BD-u-ca-gregory-nu-beng', 'bn-u-ca-gregory-nu-beng'],
    digits: 'beng',
    script: 'Beng',
    fonts: "system-ui, 'Noto Sans Bengali', 'Noto Serif Bengali', 'Nirmala UI', Vrinda, 'Kohinoor Bangla', 'Bangla Sangam MN', 'Lohit Bengali', 'DejaVu Sans', sans-serif",
    lineHeight: 1.75,
    review: 'pending',
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
/** Route codes, French (the source) first. */
export const LANGS = Object.keys(LANGUAGES) as Lang[];
export const isLang = (x: unknown): x is Lang => typeof x === 'string' && Object.prototype.hasOwnProperty.call(LANGUAGES, x);

const row = (lang: string): Language => (isLang(lang) ? LANGUAGES[lang] : LANGUAGES.fr);
export const dirOf = (lang: string): 'ltr' | 'rtl' => row(lang).dir;
export const htmlLangOf = (lang: string): string => row(lang).htmlLang;
export const intlLocales = (lang: string): string[] => [...row(lang).intl];
/** True while the notice "not yet reviewed by a native-speaking legal volunteer" must show. */
export const reviewPending = (lang: string) => row(lang).review === 'pending';

const ZERO: Record<Digits, number> = { latn: 0x30, arabext: 0x06f0, beng: 0x09e6 };

/** 0–9 written in the language's digits (for a number put into a sentence). Text without ASCII digits is unchanged. */
export function localDigits(text: string, lang: string): string {
  const zero = ZERO[row(lang).digits];
  if (zero === 0x30) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 0x30));
}

/**
 * What a person typed, with any Arabic-Indic (٠–٩), Persian/Pashto (۰–۹) or Bengali (০–৯) digits turned into 0–9 and
 * the Arabic decimal and thousands signs (٫ ٬) into . and a space, so "۱۹۹۰" is read as 1990 on every page,
 * whatever the keyboard.
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - 0x09e6))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ' ');
}

/** CSS for every language's font stack, keyed by lang attribute, so a French page's "বাংলা" link and a bilingual checklist column get theirs. */
export function languageCss(): string {
  return LANGS.map((code) => {
    const l: Language = LANGUAGES[code];
    if (!l.fonts) return '';
    const sel = `[lang="${l.htmlLang}"]`;
    return `${sel}{font-family:${l.fonts}}${l.lineHeight ? `html${sel}{line-height:${l.lineHeight}}` : ''}`;
  }).join('');
}
