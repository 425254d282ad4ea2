/**
 * Offline (issue 8): after one visit the service worker has precached every page, the JS and the
 * commune files; the browser context then goes offline and a person walks the whole wizard, reads
 * the results, opens the checklist (with its filing place) and prints it — in French and in Arabic.
 * Only this spec lets the worker run (playwright.config.ts blocks it elsewhere).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AS_OF, SCENARIOS } from './scenarios';
import { walkQuestions } from './walk';

const OUT = join(process.cwd(), 'artifacts', 'offline');
mkdirSync(OUT, { recursive: true });

test.use({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 240_000 });

async function installWorker(page: Page, lang: string) {
  await page.goto(`/${lang}/`);
  // `ready` resolves once the worker is active, i.e. after the whole precache was stored.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

for (const { id, lang } of [{ id: 'P01', lang: 'fr' }, { id: 'P04', lang: 'ar' }] as const) {
  test(`${id} offline in ${lang}: every question, results, checklist and print without a connection`, async ({ page, context }) => {
    const sc = SCENARIOS.find((s) => s.id === id)!;
    await page.clock.setFixedTime(new Date(AS_OF));
    await installWorker(page, lang);
    const online: string[] = [];
    context.on('request', (r) => online.push(r.url()));
    await context.setOffline(true);

    // A reload and a language never visited still answer.
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('a.button-start').click();
    const asked = await walkQuestions(page, sc);
    expect(asked.length).toBeGreaterThan(10);

    await expect(page.locator('h1')).toBeVisible();
    await page.locator(`a[href="/${lang}/results/"]`).click();
    await page.waitForURL(`**/${lang}/results/`);
    const card = page.locator(`section[aria-labelledby="${sc.expectGroup}"] article[data-card="${sc.expectCard}"]`);
    await expect(card).toBeVisible();

    await card.locator(`a[href$="/checklist/${sc.expectCard}/"]`).click();
    await page.waitForURL(`**/${lang}/checklist/${sc.expectCard}/`);
    await expect(page.locator('.ck-items').first()).toBeVisible();
    // The filing place comes from the precached commune file of the saved postcode.
    await expect(page.locator('.ck-place')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(OUT, `${id}-${lang}.pdf`), format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Still offline at the end; an address that is not a page gets the not-found page from the cache.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/${lang === 'fr' ? 'en' : 'fr'}/privacy/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto('/nowhere/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('a[href="/ar/"]')).toBeVisible();
    await context.setOffline(false);
  });
}
