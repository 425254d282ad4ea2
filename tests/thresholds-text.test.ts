/**
 * The numbers a condition states are the numbers its code tests (issue 16): the residence, marriage and age
 * thresholds live in rules/thresholds.ts, the code reads `T.<name>` and the sentences say `{{name}}`. Before this,
 * "plus de 10 ans" sat beside `moreThanYears(…, 10)` in another file, and an update to one left the other wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, deepMerge, fillTextValues, leafKeys, loadMessages, localDigits, lookup, readLanguage, type Lang } from '../locales';
import { THRESHOLDS, type ThresholdName } from '../rules/thresholds';
import { THRESHOLD_TEXTS } from '../rules/threshold-texts';

const names = Object.keys(THRESHOLDS) as ThresholdName[];
const stripPlaceholders = (s: string) => s.replace(/\{\{[^}]*\}\}/g, '');
/** `n` as a standalone number in `lang`'s digits (not the "1" of "B1", not part of "10"; Arabic "و5" is "and 5"). */
const standalone = (n: number, lang: Lang) => new RegExp(`(?:^|(?<=[^\\p{L}\\p{N}]|و))${localDigits(String(n), lang)}(?!\\p{N})`, 'u');

describe('each threshold is stated through its placeholder, in every language', () => {
  for (const lang of LANGS) {
    it(`${lang}: every listed sentence says {{name}} and no longer writes the number itself`, () => {
      const raw = readLanguage(lang);
      for (const name of names) for (const key of THRESHOLD_TEXTS[name]) {
        const text = lookup(raw, key);
        expect(text, `${lang} ${key}`).toBeDefined();
        expect(text, `${lang} ${key}`).toMatch(new RegExp(`\\{\\{${name}(:n)?\\}\\}`));
        expect(stripPlaceholders(text!), `${lang} ${key}: ${name} written as a number`).not.toMatch(standalone(THRESHOLDS[name].value, lang));
      }
    });
    it(`${lang}: once loaded, the sentence shows the value and no placeholder`, () => {
      const m = loadMessages(lang);
      for (const name of names) for (const key of THRESHOLD_TEXTS[name]) {
        const shown = lookup(m, key)!;
        expect(shown, `${lang} ${key}`).not.toContain('{{');
        const { value } = THRESHOLDS[name];
        // Arabic writes one and two as words ("سنة واحدة", "سنتين"); every other case shows the digits.
        if (!(lang === 'ar' && value <= 2 && !/\{\{\w+:n\}\}/.test(lookup(readLanguage(lang), key)!))) expect(shown, `${lang} ${key}`).toMatch(standalone(value, lang));
      }
    });
  }

  it('French reads the value with its unit; Arabic agrees the noun with the number', () => {
    const fr = loadMessages('fr');
    const ar = loadMessages('ar');
    expect(lookup(fr, 'conditions.habitual-residence-10-or-15-years')).toBe('Vous vivez en France depuis plus de 10 ans (plus de 15 ans si vous avez été étudiant)');
    expect(lookup(fr, 'conditions.married-at-least-1-year')).toBe('Vous êtes marié(e) depuis au moins 1 an');
    expect(lookup(fr, 'conditions.six-months-together-in-france')).toBe('Vous vivez ensemble en France depuis au moins 6 mois');
    expect(lookup(fr, 'conditions.aged-18-to-20')).toBe('Avoir entre 18 et 21 ans');
    expect(lookup(ar, 'conditions.habitual-residence-more-than-10-years')).toBe('تعيش في فرنسا منذ أكثر من 10 سنوات');
    expect(lookup(ar, 'conditions.married-at-least-1-year')).toBe('أنت متزوج منذ سنة واحدة على الأقل');
    expect(lookup(ar, 'conditions.contributes-since-birth-or-2-years')).toContain('منذ سنتين على الأقل');
    expect(lookup(ar, 'conditions.under-21')).toBe('عمرك أقل من 21 سنة');
    expect(lookup(loadMessages('ps'), 'conditions.under-21')).toBe('تاسو له ۲۱ کلونو کم یاست');
    expect(lookup(loadMessages('bn'), 'conditions.habitual-residence-more-than-10-years')).toBe('আপনি ১০ বছরের বেশি ফ্রান্সে থাকেন');
  });

  it('a new value in rules/ is the new value in every sentence, in the right plural form', () => {
    const changed = { ...THRESHOLDS, dzResidenceYears: { ...THRESHOLDS.dzResidenceYears, value: 12 }, parentSupportYears: { ...THRESHOLDS.parentSupportYears, value: 3 } };
    const key = 'conditions.habitual-residence-more-than-10-years';
    const support = 'conditions.contributes-since-birth-or-2-years';
    const fill = (lang: Lang) => fillTextValues(loadMessagesRaw(lang), lang, undefined, changed);
    expect(lookup(fill('fr'), key)).toBe('Vous vivez en France depuis plus de 12 ans');
    expect(lookup(fill('ar'), key)).toBe('تعيش في فرنسا منذ أكثر من 12 سنة');
    expect(lookup(fill('ar'), support)).toContain('منذ 3 سنوات على الأقل');
    expect(lookup(fill('ps'), key)).toContain('له ۱۲ کلونو');
    expect(lookup(fill('bn'), key)).toContain('১২ বছরের');
  });
});

/** One language with the French fallback, placeholders not filled yet (as loadMessages starts from). */
const loadMessagesRaw = (lang: Lang) => (lang === 'fr' ? readLanguage('fr') : deepMerge(readLanguage('fr'), readLanguage(lang)));

/**
 * French condition strings that still write a number, each with the reason. The list may only shrink: a key
 * converted to a placeholder must leave it (the last test fails while it stays listed).
 */
const TITLE = 'the length in the title\'s name ("certificat de 10 ans", "carte de résident de 10 ans"), not a threshold tested here';
const FACT = 'the number is in the answer of a fact (its question in facts.json says it), not a literal in the code: convert with that question';
const LEVEL = 'a language level, article number, ordinal or date (B1, A2, L433-1-1, 21-7, 1er, 2e, 2026), not a threshold';
const BIRTHDAY = 'a birthday ("vos 18 ans", "l\'âge de 13 ans", "pas encore 19"): needs an ordinal form in each language, not yet converted';
const TODO = 'a code literal not yet converted (issue 16, next group: schooling, training and work months, renewal count)';
const ORPHAN = 'no condition node has this id (a string no page shows): to delete';
const NOT_YET_CONVERTED: Record<string, string> = {
  'conditions.descendant-under-21-or-dependent': FACT,
  'conditions.marriage-3-years-1-in-france': FACT,
  'conditions.marriage-3-years-before-proceedings': FACT,
  'conditions.continuous-residence': FACT,
  'conditions.within-another-art-6-case': LEVEL,
  'conditions.schooled-5-years-after-age-10': TODO,
  'conditions.work-accident-pension-20-percent': FACT,
  'conditions.work-accident-or-death-pension': FACT,
  'conditions.algerian-family-of-ten-year-holder': TITLE,
  'conditions.sponsor-holds-10-year-title': TITLE,
  'conditions.resident-since-age-10': BIRTHDAY,
  'conditions.salaried-activity-of-one-year-or-more': FACT,
  'conditions.lived-in-france-under-10-year-certificat': TITLE,
  'conditions.holds-10-year-certificat': TITLE,
  'conditions.algerian-ten-year-renewal': TITLE,
  'conditions.certificat-not-lapsed': FACT,
  'conditions.held-10-year-certificat': TITLE,
  'conditions.integration-if-applicable': LEVEL,
  'conditions.integration-exam-not-applicable-to-accord-card': LEVEL,
  'conditions.b1-and-civic-exam': LEVEL,
  'conditions.french-b1': LEVEL,
  'conditions.schooled-in-france-exemption': FACT,
  'conditions.integration-exams-not-yet-required': LEVEL,
  'conditions.french-level-b1': LEVEL,
  'conditions.french-a2': LEVEL,
  'conditions.renewal-cap-l433-1-1': TODO,
  'conditions.fewer-than-3-consecutive-renewals': TODO,
  'conditions.habitual-residence-in-france': FACT,
  'conditions.aged-16-to-18-and-working': BIRTHDAY,
  'conditions.aged-16-or-17': BIRTHDAY,
  'conditions.five-years-schooling-after-10': TODO,
  'conditions.applies-in-year-after-18': BIRTHDAY,
  'conditions.aged-18-before-19th-birthday': BIRTHDAY,
  'conditions.arrived-by-13-with-parent': BIRTHDAY,
  'conditions.habitual-residence-since-age-13': BIRTHDAY,
  'conditions.child-welfare-placement-by-16': BIRTHDAY,
  'conditions.placed-with-child-welfare-by-16': BIRTHDAY,
  'conditions.placed-on-or-before-16th-birthday': BIRTHDAY,
  'conditions.child-in-year-after-18': BIRTHDAY,
  'conditions.code-civil-21-7-conditions': LEVEL,
  'conditions.resided-in-france-at-18-five-years-since-11': BIRTHDAY,
  'conditions.continuous-residence-since-age-13': BIRTHDAY,
  'conditions.residence-at-18-and-five-years-since-11': BIRTHDAY,
  'conditions.in-france-on-18th-birthday': BIRTHDAY,
  'conditions.residence-began-by-18th-birthday': BIRTHDAY,
  'conditions.lived-in-france-at-18': BIRTHDAY,
  'conditions.five-years-in-france-from-11-to-18': BIRTHDAY,
  'conditions.legion-service-3-years': FACT,
  'conditions.holds-resident-card': TITLE,
  'conditions.renewal-stage': LEVEL,
  'conditions.first-renewal-prefet-discretion': LEVEL,
  'conditions.french-work-accident-pension-20-percent': FACT,
  'conditions.absences-within-limits': FACT,
  'conditions.resident-card-not-lapsed': FACT,
  'conditions.french-level-a2': LEVEL,
  'conditions.contract-at-least-6-months': FACT,
  'conditions.master-level-degree-or-experience': FACT,
  'conditions.artistic-or-cultural-work': FACT,
  'conditions.main-home-abroad': FACT,
  'conditions.studies-not-progressing-renewal': TODO,
  'conditions.au-pair-agreement': FACT,
  'conditions.five-years-presence': ORPHAN,
  'conditions.aged-under-21': ORPHAN,
  'conditions.three-years-with-oacas': FACT,
  'conditions.placed-between-16-and-18': BIRTHDAY,
  'conditions.placement-age-16-to-18': BIRTHDAY,
  'conditions.in-year-after-18th-birthday': BIRTHDAY,
  'conditions.six-months-of-training': TODO,
  'conditions.twelve-months-in-shortage-occupation': TODO,
};

describe('French condition strings write no number outside a placeholder, except those listed with a reason', () => {
  const fr = readLanguage('fr');
  const conditionKeys = leafKeys(fr).filter((k) => /^(conditions\.|cards\.[^.]+\.conditions\.)/.test(k));
  const withDigit = conditionKeys.filter((k) => /\d/.test(stripPlaceholders(lookup(fr, k)!)));

  it('every condition string with a digit is listed as not yet converted', () => {
    expect(withDigit.filter((k) => !(k in NOT_YET_CONVERTED))).toEqual([]);
  });
  it('the list only shrinks: each listed string still writes a digit', () => {
    expect(Object.keys(NOT_YET_CONVERTED).filter((k) => !withDigit.includes(k))).toEqual([]);
  });
  it('the converted groups are at least the residence, marriage and age thresholds', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(withDigit.length).toBeLessThanOrEqual(Object.keys(NOT_YET_CONVERTED).length);
  });
});

describe('the code reads the thresholds, not literals', () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
  const sources = files('rules').filter((f) => !f.endsWith('thresholds.ts')).map((f) => [f, fs.readFileSync(f, 'utf8')] as const);

  it('every threshold is read by some rule', () => {
    const unused = names.filter((n) => !sources.some(([, src]) => new RegExp(`\\bT\\.${n}\\b`).test(src)));
    expect(unused).toEqual([]);
  });

  /** The helpers whose number is a threshold of the sentence: a literal argument would escape the table. */
  const HELPERS = ['habitualResidenceAtLeast', 'lawfulResidenceAtLeast', 'lawfulResidenceYears', 'ageAtLeast', 'ageInRange', 'marriedForAtLeast', 'togetherFor'];
  /** Nodes whose sentence is in NOT_YET_CONVERTED (BIRTHDAY): "Avoir 16 ou 17 ans", "Avoir 18 ans (pas encore 19)". */
  const LITERAL_NOT_YET = ['aged-16-or-17', 'aged-18-before-19th-birthday'];
  it(`no call of ${HELPERS.join(', ')} passes a number literal`, () => {
    const found: string[] = [];
    for (const [file, src] of sources) {
      for (const m of src.matchAll(new RegExp(`\\b(${HELPERS.join('|')})\\(`, 'g'))) {
        let depth = 1;
        let i = m.index! + m[0].length;
        const start = i;
        for (; i < src.length && depth > 0; i++) depth += src[i] === '(' ? 1 : src[i] === ')' ? -1 : 0;
        const args = src.slice(start, i - 1);
        const id = /^\s*'([^']+)'/.exec(args)?.[1];
        if (/(^|,)\s*\d+\s*(?=,|$)/.test(args) && !LITERAL_NOT_YET.includes(id ?? '')) found.push(`${file}: ${m[1]}(${args})`);
      }
    }
    expect(found).toEqual([]);
  });
  it('the nodes still allowed a literal have their sentence listed as not yet converted', () => {
    for (const id of LITERAL_NOT_YET) expect(NOT_YET_CONVERTED[`conditions.${id}`], id).toBeDefined();
  });
});
