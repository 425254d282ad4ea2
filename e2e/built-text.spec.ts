/**
 * What the build ships, read as a person reads it (after `npm run build`, like every spec here):
 * - the text of every exported page (out/**\/*.html, scripts and styles left out) holds no placeholder `{{…}}`, no
 *   "undefined" or "NaN" and no raw locale key such as `checklist.remedies.oqtf.free`;
 * - every `{{name}}` left in a shipped page or strings.json is one the pages fill in the browser (the remedy values of
 *   rules/remedies.ts and the variables the components pass); the law's thresholds (rules/params.ts TEXT_VALUES) are
 *   filled at build time and never left;
 * - a person with an OQTF sees the remedy time limits as durations in their language on the results and the
 *   checklist (Arabic "مهلة شهر واحد", never "1 شهر").
 * Reading 2,000+ files takes well under a second.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REMEDY_VALUES } from '../rules/remedies';
import { TEXT_VALUES } from '../rules/params';
import { LANGS } from '../locales/languages';

const OUT = join(process.cwd(), 'out');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** What a page shows before its scripts run: the HTML without scripts, styles and tags. */
const visibleText = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');

/** A dotted key of the dictionaries (locales/<lang>/*.json top-level sections). */
const RAW_KEY = /\b(?:ui|checklist|cards|facts|screens|documents|verify|conditions|letters|volunteer|pages|referrals|warnings)\.[A-Za-z0-9-]+\.[A-Za-z0-9_.-]+/;
const BROKEN = /\{\{|\bundefined\b|\bNaN\b/;

/** The variables the components pass to t() (besides the remedy values). */
const RUNTIME = new Set([
  'answered', 'left', 'min', 'max', 'date', 'count', 'amount', 'hours', 'days', 'months', 'titles', 'ref', 'opens', 'closes',
  'version', 'n', 'office', 'total', 'done', 'name', 'site', 'here', 'part',
]);

test('every exported page: no placeholder, "undefined" or raw key in its text', () => {
  const pages = files(OUT, /\.html$/);
  expect(pages.length).toBeGreaterThan(1000);
  const bad = pages.flatMap((f) => {
    const text = visibleText(readFileSync(f, 'utf8'));
    const m = text.match(BROKEN) ?? text.match(RAW_KEY);
    return m ? [`${f.slice(OUT.length)}: ${m[0]}`] : [];
  });
  expect(bad.slice(0, 20)).toEqual([]);
});

test('every placeholder shipped is filled by the pages; the law\'s thresholds are filled at build time', () => {
  const shipped = [...files(OUT, /\.(html|txt)$/), ...LANGS.map((l) => join(OUT, l, 'strings.json'))];
  const names = new Map<string, string>();
  for (const f of shipped) for (const m of readFileSync(f, 'utf8').matchAll(/\{\{\s*(\w+)\s*\}\}/g)) names.set(m[1]!, f.slice(OUT.length));
  expect(names.size).toBeGreaterThan(5);
  const unknown = [...names].filter(([n]) => !RUNTIME.has(n) && !(n in REMEDY_VALUES)).map(([n, f]) => `${n} (${f})`);
  expect(unknown).toEqual([]);
  expect([...names.keys()].filter((n) => n in TEXT_VALUES)).toEqual([]);
  // The checklist renders from strings.json: it carries the duration phrases the remedy values are written with.
  for (const lang of LANGS) {
    const s = JSON.parse(readFileSync(join(OUT, lang, 'strings.json'), 'utf8')) as { mine: { ui?: { duration?: Record<string, string> } } };
    expect(s.mine.ui?.duration?.months_other, lang).toBeTruthy();
  }
});

test.describe('remedy time limits on the pages of a person with an OQTF', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  // Someone who received an OQTF on 20 November 2026; where they are held is not known (every case is listed).
  const answers = { removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-20', nationality: 'other', familyOfEuCitizen: false };
  for (const lang of ['fr', 'ar'] as const) {
    test(`${lang}: results and checklist read whole durations, no placeholder or raw key`, async ({ page }) => {
      await page.addInitScript((saved) => window.localStorage.setItem('sesame.answers', saved), JSON.stringify({ version: 1, savedAt: '2026-11-22T10:00:00.000Z', answers }));
      await page.goto(`/${lang}/results/`);
      const alert = page.locator('[data-alert="oqtf"]');
      await expect(alert).toBeVisible();
      await page.goto(`/${lang}/checklist/ceseda-l423-23/`);
      await expect(page.locator('.ck-urgent')).toBeVisible();
      const urgent = await page.locator('.ck-urgent').innerText();
      const remedies = await page.locator('#ck-remedies').locator('..').innerText();
      for (const text of [urgent, remedies]) {
        expect(text).not.toMatch(BROKEN);
        expect(text).not.toMatch(RAW_KEY);
      }
      if (lang === 'ar') {
        expect(urgent).toContain('مهلة شهر واحد');
        expect(urgent).not.toMatch(/\d\s*شهر/);
      } else {
        expect(urgent).toContain('1 mois si vous êtes libre');
      }
    });
  }
});
