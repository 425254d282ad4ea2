/**
 * Issue 14, a short walk and results that lead, at 375×812 in French and Arabic:
 *  - a walk that answers "I don't know" wherever it may reaches the results in ≤ 18 pages, and the results
 *    page, nothing expanded, fits in 6 phone screens, the three questions that settle most before any title;
 *  - the L435-4 deadline banner (31 Dec 2026, days left) before any title for a shortage-occupation worker;
 *  - the préfecture found from the postcode named on the results;
 *  - digits typed in Arabic-Indic accepted;
 *  - a tap before the scripts have loaded leaves the address without a query (and JavaScript off says why).
 * Screenshots of the first screens and of the results go to screenshots/ (looked at by a person).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ALL_UNKNOWN } from '../tests/helpers/walks';
import { AS_OF, answersOf } from './scenarios';
import type { Answer } from './scenarios';
import { seed, walkQuestions } from './walk';

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const VIEWPORT = { width: 375, height: 812 };
test.use({ viewport: VIEWPORT, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** One phone screen, as seen (not the full page): what a person sees first. */
const screen = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** True when every element matching `first` comes before every element matching `then` in the page. */
async function comesBefore(page: Page, first: string, then: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(a);
      const ys = [...document.querySelectorAll(b)];
      return !!x && ys.every((y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    },
    [first, then] as const,
  );
}
const ANY_TITLE = '[data-row], article[data-card], .result-group';

for (const lang of ['fr', 'ar'] as const) {
  test(`${lang}: "I don't know" everywhere → results in at most 18 pages, 6 phone screens, three questions first`, async ({ page }) => {
    test.slow(); // many pages or axe runs: three times the configured timeout
    await page.clock.setFixedTime(new Date(AS_OF));
    await page.goto(`/${lang}/`);
    await page.locator('a.button-start').click();
    const shot = new Set<string>();
    const pages = await walkQuestions(page, ALL_UNKNOWN as Record<string, Answer>, {
      onPage: async (p, id) => {
        // The new first screens, as a person sees them.
        if (['s-letters', 's-about-you', 's-describe-you', 's-rare'].includes(id) && !shot.has(id)) {
          shot.add(id);
          await screen(p, `${lang}-first-${id}`);
        }
      },
    });
    expect(pages.length).toBeLessThanOrEqual(18);
    await page.locator(`a[href="/${lang}/results/"]`).click();
    await page.waitForURL(`**/${lang}/results/`);
    const settle = page.locator('.settle-first');
    await expect(settle).toBeVisible();
    await expect(settle.locator('li[data-settle]')).toHaveCount(3);
    expect(await comesBefore(page, '.settle-first', ANY_TITLE)).toBe(true);
    await screen(page, `${lang}-results-all-unknown`);
    // Nothing expanded: every <details> closed.
    expect(await page.locator('details[open]').count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `results page height ${height}px`).toBeLessThanOrEqual(6 * VIEWPORT.height);
  });

  test(`${lang}: the L435-4 deadline banner, with the days left, comes before any title for a shortage-occupation worker`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await seed(page, answersOf('P05'), lang);
    await page.goto(`/${lang}/results/`);
    const banner = page.locator('[data-banner="route-closing"][data-card="ceseda-l435-4"]');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('39');
    await expect(banner).toContainText(lang === 'fr' ? '31 décembre 2026' : '2026');
    expect(await comesBefore(page, '[data-banner="route-closing"]', ANY_TITLE)).toBe(true);
    await screen(page, `${lang}-results-shortage-banner`);
  });

  test(`${lang}: the préfecture found from the postcode is named on the results`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await seed(page, answersOf('P01'), lang); // postcode 69003 (Lyon)
    await page.goto(`/${lang}/results/`);
    const where = page.locator('[data-where="ceseda-l423-2"]');
    await expect(where).toContainText('Préfecture du Rhône');
    // The card says the same thing.
    await expect(page.locator('article[data-card="ceseda-l423-2"]')).toContainText('Préfecture du Rhône');
    await screen(page, `${lang}-results-prefecture`);
  });
}

test('ar: digits typed in Arabic-Indic are accepted (a date, a postcode)', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, { removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false }, 'ar');
  await page.goto('/ar/q/birthDate/');
  await page.locator('input[name=xd]').fill('١٤');
  await page.locator('input[name=xm]').fill('٣');
  await page.locator('input[name=xy]').fill('١٩٩٠');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL((u) => !u.pathname.includes('birthDate'));
  await page.goto('/ar/q/postcode/');
  await page.locator('input[name=xv]').fill('٦٩ ٠٠٣');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL((u) => !u.pathname.includes('postcode'));
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('sesame.answers') ?? '{}').answers);
  expect(saved).toMatchObject({ birthDate: '1990-03-14', postcode: '69003' });
});

test('a tap on Continue before the scripts have loaded leaves the address without a query', async ({ page }) => {
  // The scripts never arrive: the page is the server's HTML only.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/fr/q/refusalPending/');
  await page.locator('input[type=radio][value="no"]').check();
  await page.locator('button[value="continue"]').click();
  // A submission would be a navigation: wait until the page that is there has loaded, then read its address.
  await page.waitForLoadState('load');
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).pathname).toBe('/fr/q/refusalPending/');
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the question page submits nothing and says why it needs JavaScript', async ({ page }) => {
    await page.goto('/fr/q/refusalPending/');
    // A browser with JavaScript off shows the <noscript> text; Playwright's switch leaves the parser's scripting
    // flag on (the element stays raw text), so its content is read rather than seen.
    expect(await page.locator('form noscript').first().textContent()).toContain('Sésame a besoin de JavaScript');
    await page.locator('input[type=radio][value="no"]').check();
    await page.locator('button[value="continue"]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).search).toBe('');
  });
});

test('switching language keeps the page', async ({ page }) => {
  await page.goto('/fr/q/s-describe-you/');
  await expect(page.locator('form[data-screen="s-describe-you"]')).toBeVisible();
  await page.locator('a[hreflang="ar"]').click();
  await page.waitForURL('**/ar/q/s-describe-you/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
