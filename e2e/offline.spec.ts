/**
 * Offline (issue 8, issue 15): a first visit precaches the part of the site that is the same in every
 * language (JS, start / check / results pages, every commune file); the worker then saves in the
 * background every question, checklist and letter page of the person's language, whatever the answers.
 * After ONE online visit (start → questions → results, the checklist never opened), the browser context
 * goes offline and the person walks the whole wizard again, reads the results, opens the checklist (with
 * its filing place) and prints it — in French and in Arabic.
 * Only this spec lets the worker run (playwright.config.ts blocks it elsewhere).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AS_OF, scenarioById } from './scenarios';
import { walkQuestions } from './walk';

const OUT = join(process.cwd(), 'artifacts', 'offline');
mkdirSync(OUT, { recursive: true });

test.use({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 300_000 });

async function installWorker(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  // `ready` resolves once the worker is active, i.e. after the whole precache was stored.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Paths of the pages the worker saved at run time (cache 'sesame-pages', see app/sw.ts). */
const savedPages = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('sesame-pages');
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });

for (const { id, lang } of [{ id: 'P01', lang: 'fr' }, { id: 'P04', lang: 'ar' }] as const) {
  test(`${id} offline in ${lang}: after one online visit, every question, results, checklist and print without a connection`, async ({ page, context }) => {
    const sc = scenarioById(id);
    const card = (p: Page) => p.locator(`section[aria-labelledby="${sc.expectGroup}"] article[data-card="${sc.expectCard}"]`);
    await page.clock.setFixedTime(new Date(AS_OF));

    // 1. One visit online: start → questions → results. The checklist is not opened.
    await installWorker(page, lang);
    await page.locator('a.button-start').click();
    await walkQuestions(page, sc);
    await page.locator(`a[href="/${lang}/results/"]`).click();
    await page.waitForURL(`**/${lang}/results/`);
    await expect(card(page)).toBeVisible();

    // The background warm-up: every question, checklist and letter page of this language, whatever the
    // answers (issue 15: nothing is fetched because of a result); no page of another language.
    const proposed = await page.locator('.result-group article[data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')!));
    expect(proposed).toContain(sc.expectCard);
    const count = (kind: string) => readdirSync(join('out', lang, kind)).length;
    // Its shared pages too (start, check, results, privacy, accessibility, volunteer, hand-off: serwist.config.mjs).
    const shared = ['', 'check/', 'results/', 'privacy/', 'accessibility/', 'volunteer/', 'volunteer/results/', 'handoff/'].filter((p) => existsSync(join('out', lang, p, 'index.html'))).length;
    const want = shared + count('q') + count('checklist') + count('letters');
    await expect.poll(async () => (await savedPages(page)).length, { timeout: 180_000 }).toBe(want);
    const saved = await savedPages(page);
    expect(saved.filter((p) => !p.startsWith(`/${lang}/`))).toEqual([]);
    expect(saved.filter((p) => p.startsWith(`/${lang}/checklist/`)).length).toBe(count('checklist'));

    // 2. Offline, from a fresh start (answers erased, so the start button leads to the first question).
    await page.evaluate(() => localStorage.clear());
    await context.setOffline(true);

    await page.goto(`/${lang}/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('a.button-start').click();
    const asked = await walkQuestions(page, sc);
    expect(asked.length).toBeGreaterThan(10);

    await expect(page.locator('h1')).toBeVisible();
    await page.locator(`a[href="/${lang}/results/"]`).click();
    await page.waitForURL(`**/${lang}/results/`);
    await expect(card(page)).toBeVisible();

    await card(page).locator(`a[href$="/checklist/${sc.expectCard}/"]`).click();
    await page.waitForURL(`**/${lang}/checklist/${sc.expectCard}/`);
    await expect(page.locator('.ck-items').first()).toBeVisible();
    // The filing place comes from the precached commune file of the saved postcode.
    await expect(page.locator('.ck-place')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(OUT, `${id}-${lang}.pdf`), format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Still offline: the letters of that title; another page of this language (warmed with it); a page that
    // does not exist gets the not-found page from the cache.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/${lang}/letters/${sc.expectCard}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.goto(`/${lang}/privacy/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/nowhere/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('a[href="/ar/"]')).toBeVisible();
    await context.setOffline(false);
  });
}
