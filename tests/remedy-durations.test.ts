/**
 * The remedy time limits as a person reads them (components/remedyValues.ts): a whole duration with its unit, in the
 * language's plural form and digits. Arabic was showing "1 شهر" and "مهلة 2 شهر" (a number before a singular noun);
 * it reads "مهلة شهر واحد", "مهلة شهرين", "7 أيام", "15 يومًا", "48 ساعة". Every remedy string, rendered the way the
 * pages render it, names each limit once, with no unit written twice and no placeholder left.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, deepMerge, lookup, readLanguage, type Lang } from '../locales';
import { makeT } from '../components/I18nProvider';
import { makeT as makeChecklistT } from '../components/checklist/strings';
import { duration, type DurationUnit } from '../locales/duration';
import { remedyValues } from '../components/remedyValues';

const messages = (lang: Lang) => deepMerge(readLanguage('fr'), readLanguage(lang));
const reader = (lang: Lang) => {
  const t = makeT(messages(lang), lang);
  return (key: string) => t(key);
};

/** Every string under a dotted key, with its key. */
function strings(node: unknown, at: string): [string, string][] {
  if (typeof node === 'string') return [[at, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}
const subtree = (m: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), m);

describe('durations in Arabic follow the number', () => {
  const read = reader('ar');
  it.each([
    ['months', 1, 'شهر واحد'],
    ['months', 2, 'شهرين'],
    ['months', 4, '4 أشهر'],
    ['days', 7, '7 أيام'],
    ['days', 15, '15 يومًا'],
    ['days', 90, '90 يومًا'],
    ['hours', 48, '48 ساعة'],
    ['hours', 2, 'ساعتين'],
    ['years', 3, '3 سنوات'],
    ['years', 10, '10 سنوات'],
    ['years', 1, 'سنة واحدة'],
  ] as [DurationUnit, number, string][])('%s %i → %s', (unit, n, want) => {
    expect(duration(unit, n, 'ar', read)).toBe(want);
  });
  it('the OQTF deadline when free and the court deadline read "مهلة شهر واحد" and "مهلة شهرين"', () => {
    const t = makeT(messages('ar'), 'ar');
    const rv = remedyValues('ar', (k) => t(k));
    expect(t('checklist.remedies.oqtf.free', rv)).toMatch(/^مهلة شهر واحد /);
    expect(t('ui.alerts.depends.free', rv)).toBe('حرّ: مهلة شهر واحد');
    expect(t('ui.alerts.refusal-pending.body', rv)).toContain('مهلة شهرين ');
    expect(t('checklist.remedies.oqtf.free', rv)).not.toMatch(/\d\s*شهر/);
  });
});

describe('durations in the other languages', () => {
  it.each([
    ['fr', 'months', 1, '1 mois'],
    ['fr', 'days', 1, '1 jour'],
    ['fr', 'days', 7, '7 jours'],
    ['fr', 'years', 3, '3 ans'],
    ['en', 'months', 1, '1 month'],
    ['en', 'months', 2, '2 months'],
    ['en', 'hours', 48, '48 hours'],
    ['bn', 'days', 15, '১৫ দিন'],
    ['prs', 'hours', 48, '۴۸ ساعت'],
    ['ps', 'days', 7, '۷ ورځې'],
    ['ps', 'months', 1, '۱ میاشت'],
  ] as [Lang, DurationUnit, number, string][])('%s: %s %i → %s', (lang, unit, n, want) => {
    expect(duration(unit, n, lang, reader(lang))).toBe(want);
  });
  it('without the phrases in the page dictionary, the bare number (never a key)', () => {
    expect(duration('months', 2, 'ar', () => '')).toBe('2');
  });
});

/** The remedy strings and how the pages fill them (AlertList, ChecklistView). */
const REMEDY_STRINGS = ['checklist.remedies', 'checklist.noAppointment', 'ui.alerts'];

describe.each(LANGS)('%s: remedy strings rendered as on the pages', (lang) => {
  const m = messages(lang);
  const t = makeT(m, lang);
  // The checklist renders from /<lang>/strings.json through its own translator: the same phrases must reach it.
  const ct = makeChecklistT(m);
  const rv = remedyValues(lang, (k) => t(k));
  const vars = { ...rv, date: 'DATE', titles: 'TITLES', hours: rv.oqtfRetentionHours, months: duration('months', 4, lang, (k) => t(k)), days: duration('days', 90, lang, (k) => t(k)), count: 3 };
  const all = REMEDY_STRINGS.flatMap((k) => strings(subtree(m, k), k));
  // The unit words of the language ("mois", "شهر", "ورځې"…), to find one written again after a duration.
  const unitWords = [...new Set(strings(subtree(m, 'ui.duration'), 'ui.duration').map(([, v]) => v.replace(/\{\{count\}\}/g, '').trim()).filter(Boolean))];

  it('every time limit has its unit words', () => {
    for (const v of Object.values(rv)) expect(v).toMatch(/\p{L}/u);
  });
  it('no placeholder left, no unit written twice', () => {
    const rendered = all.map(([k]) => [k, t(k.replace(/_(zero|one|two|few|many|other)$/, ''), vars)] as const);
    expect(rendered.filter(([, s]) => s.includes('{{')).map(([k]) => k)).toEqual([]);
    const phrases = Object.values(rv).filter((v) => /\p{L}/u.test(v));
    const twice = rendered.filter(([, s]) => phrases.some((p) => unitWords.some((w) => s.includes(`${p} ${w}`))));
    expect(twice.map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });
  it('the checklist translator renders the same OQTF deadlines', () => {
    const crv = remedyValues(lang, (k) => ct(k));
    expect(crv).toEqual(rv);
    expect(lookup(m, 'ui.duration.months_other')).toBeTruthy();
  });
});
