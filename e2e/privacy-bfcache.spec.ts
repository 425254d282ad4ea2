/**
 * Back/forward cache (issue 15), with the cache ENABLED: Playwright launches Chromium with
 * --disable-back-forward-cache, so this file drops that default (launchOptions.ignoreDefaultArgs).
 * A control run proves a page really comes back from the cache (its in-memory marker survives "Back");
 * then, after "Next person" and after "Erase my answers", "Back" shows nothing of the previous person.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../rules';
import { persona } from '../tests/helpers/personas';
import { clockOf } from './scenarios';

const P05 = persona('P05').situation;

test.use({
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

const AS_OF = clockOf(persona('P05'));

async function seed(page: Page, volunteer: boolean) {
  await page.goto('/fr/');
  await page.evaluate(
    ([value, volunteer]) => {
      localStorage.setItem('sesame.answers', value);
      if (volunteer) localStorage.setItem('sesame.volunteer', '1');
    },
    [JSON.stringify({ version: SCHEMA_VERSION, savedAt: '2026-11-22T10:00:00Z', answers: P05 }), volunteer] as const,
  );
}

/** Leaves a marker in the page's memory: it survives "Back" only if the page came from the bfcache. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __kept: number }).__kept = 1));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { __kept?: number }).__kept === 1);

test('control: with nothing erased, Back restores the volunteer results from the bfcache, as they were', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, true);
  await page.goto('/fr/volunteer/results/');
  await expect(page.locator('article[data-card="ceseda-l435-4"]')).toBeVisible();
  await mark(page);
  await page.locator('footer a[href="/fr/privacy/"]').click();
  await page.waitForURL('**/fr/privacy/');
  await page.goBack();
  await page.waitForURL('**/fr/volunteer/results/');
  expect(await marked(page), 'the page came back from the bfcache').toBe(true);
  await expect(page.locator('article[data-card="ceseda-l435-4"]')).toBeVisible();
});

test('after Next person, Back shows nothing of the previous person (volunteer results)', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, true);
  await page.goto('/fr/volunteer/results/');
  await expect(page.locator('article[data-card="ceseda-l435-4"]')).toBeVisible();
  await mark(page);
  await page.locator('.v-next').click();
  await page.waitForURL(/\/fr\/volunteer\/$/);
  await page.waitForLoadState('load');
  await page.goBack();
  await page.waitForURL('**/fr/volunteer/results/');
  await page.waitForLoadState('load');
  // Reloaded (the marker is gone), drawn from what the device holds now: nothing.
  await expect.poll(() => marked(page)).toBe(false);
  await expect(page.locator('.v-toolbar')).toBeVisible();
  await expect(page.locator('article[data-card]')).toHaveCount(0);
  const text = await page.locator('main').innerText();
  for (const v of ['L435-4', 'ceseda', String(P05.birthDate)]) expect(text).not.toContain(v);
});

test('answers typed but never saved: after an erase on another page, Back shows an empty form', async ({ page }) => {
  await page.goto('/fr/');
  await page.evaluate(() => localStorage.setItem('sesame.volunteer', '1'));
  await page.goto('/fr/volunteer/');
  const form = page.locator('form.v-form[data-chapter="urgent"]');
  await form.locator('input[name="removalOrder"][value="oqtf"]').check();
  await expect(form.locator('[data-fact="removalOrderNotifiedOn"]')).toBeVisible();
  await mark(page);
  // Away without saving, then "Erase my answers" from the header of another page.
  await page.locator('footer a[href="/fr/privacy/"]').click();
  await page.waitForURL('**/fr/privacy/');
  await page.locator('.button-erase').click();
  await page.locator('.erase-dialog .button-danger').click();
  await page.waitForURL(/\/fr\/$/);
  await page.waitForLoadState('load');
  await page.goBack();
  await page.waitForURL('**/fr/privacy/');
  await page.goBack();
  await page.waitForURL(/\/fr\/volunteer\/$/);
  await page.waitForLoadState('load');
  await expect.poll(() => marked(page)).toBe(false);
  await expect(page.getByRole('switch')).toBeVisible();
  await expect(page.locator('input[name="removalOrder"][value="oqtf"]:checked')).toHaveCount(0);
});

test('after Erase my answers, Back shows nothing of the results', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, false);
  await page.goto('/fr/results/');
  await expect(page.locator('article[data-card]').first()).toBeVisible();
  await mark(page);
  await page.locator('.button-erase').click();
  await page.locator('.erase-dialog .button-danger').click();
  await page.waitForURL(/\/fr\/$/);
  await page.waitForLoadState('load');
  await page.goBack();
  await page.waitForURL('**/fr/results/');
  await page.waitForLoadState('load');
  await expect.poll(() => marked(page)).toBe(false);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('article[data-card]')).toHaveCount(0);
});
