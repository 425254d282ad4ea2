/**
 * Golden journeys through the UI at 375×812: four public scenarios answered question by question
 * (whatever nextQuestions asks; a question missing from the scenario's table fails), results
 * asserted by card id and legal basis, every request kept on 127.0.0.1, screenshots of every page
 * type in screenshots/ (outside test-results/), axe WCAG 2.1 A/AA on every page type in fr, en, ar,
 * erase wipes storage, tampered storage is offered for download then reset.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { FACTS, SCHEMA_VERSION } from '../rules';
import { AS_OF, type Scenario, scenarioById } from './scenarios';
import { answer, seed, STORAGE_KEY, walkQuestions } from './walk';
import { LANGS, dirOf, htmlLangOf, type Lang } from '../locales/languages';

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

function trackHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') hosts.add(u.hostname);
  });
  return hosts;
}

/** Walks from the start page to the check page (shared walkQuestions), one screenshot per input kind; returns the facts asked. */
async function walk(page: Page, lang: string, sc: Scenario, shots = false): Promise<string[]> {
  await page.goto(`/${lang}/`);
  await page.locator('a.button-start').click();
  const kindsShot = new Set<string>();
  return walkQuestions(page, sc, {
    onPage: async (p, id, facts) => {
      // One screenshot per kind of page: each input kind alone, each screen of several facts.
      const kind = facts.length === 1 && !id.startsWith('s-') ? FACTS[facts[0]!].input.kind : id;
      if (shots && !kindsShot.has(kind)) {
        kindsShot.add(kind);
        await shot(p, `${lang}-question-${kind}`);
      }
    },
  });
}

async function expectResult(page: Page, sc: Scenario) {
  const card = page.locator(`section[aria-labelledby="${sc.expectGroup}"] article[data-card="${sc.expectCard}"]`);
  await expect(card).toBeVisible();
  for (const basis of sc.expectBasis) await expect(card.locator('bdi.basis-ref', { hasText: basis })).toHaveCount(1);
  await expect(card.locator(`a[href$="/checklist/${sc.expectCard}/"]`)).toBeVisible();
}

const JOURNEYS: { sc: Scenario; lang: Lang; shots?: boolean }[] = [
  { sc: scenarioById('P01'), lang: 'fr', shots: true },
  { sc: scenarioById('P02'), lang: 'fr' },
  { sc: scenarioById('P04'), lang: 'fr' },
  { sc: scenarioById('P06'), lang: 'fr' },
  { sc: scenarioById('P01'), lang: 'ar', shots: true },
  { sc: scenarioById('P02'), lang: 'en', shots: true },
];

for (const { sc, lang, shots } of JOURNEYS) {
  test(`${sc.id} (${sc.title}) in ${lang}: walk → check → results`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    const hosts = trackHosts(page);
    if (shots) {
      await page.goto(`/${lang}/`);
      await shot(page, `${lang}-start`);
    }
    const asked = await walk(page, lang, sc, shots);
    expect(asked.length).toBeGreaterThan(3);
    await expect(page.locator('h1')).toBeVisible();
    if (shots) await shot(page, `${lang}-check`);
    // The saved envelope is versioned.
    const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);
    expect(saved).toMatchObject({ version: SCHEMA_VERSION, answers: expect.any(Object) });
    await page.locator(`a[href="/${lang}/results/"]`).click();
    await page.waitForURL(`**/${lang}/results/`);
    await expectResult(page, sc);
    if (shots) await shot(page, `${lang}-results`);
    expect([...hosts].filter((h) => h !== '127.0.0.1'), 'requests to other hosts').toEqual([]);
  });
}

async function seedRaw(page: Page, raw: string) {
  await page.goto('/fr/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, raw] as const);
}

for (const lang of LANGS) {
  test(`axe WCAG 2.1 A/AA: start, question, check, results in ${lang}`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await seed(page, scenarioById('P01').answers, lang);
    for (const path of [`/${lang}/`, `/${lang}/q/nationality/`, `/${lang}/q/birthDate/`, `/${lang}/check/`, `/${lang}/results/`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      if (path.endsWith('/results/')) await expect(page.locator('article[data-card]').first()).toBeVisible();
      const result = await axe(page);
      expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf(lang));
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLangOf(lang));
  });
}

test('validation error is shown next to the field, announced, and takes the focus', async ({ page }) => {
  await page.goto('/fr/q/birthDate/');
  await page.locator('input[name=xd]').fill('31');
  await page.locator('input[name=xm]').fill('2');
  await page.locator('input[name=xy]').fill('1990');
  await page.locator('button[value="continue"]').click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  await expect(page.locator('#birthDate-error')).toBeVisible();
  await expect(page.locator('fieldset')).toHaveAttribute('aria-describedby', /birthDate-error/);
  await shot(page, 'fr-question-error');
  await expect(page).toHaveURL(/\/fr\/q\/birthDate\/$/);
});

test('keyboard only: choose with Space, submit with Enter, focus lands on the next h1', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await page.goto('/fr/q/removalOrder/');
  await page.locator('input[type=radio]').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => /^\/fr\/q\/\w+\/$/.test(u.pathname) && !u.pathname.includes('removalOrder'));
  await expect(page.locator('h1')).toBeFocused();
  // The answer was saved, and the back link returns to it.
  await expect(page.locator('a.back-link')).toHaveAttribute('href', '/fr/q/s-letters/');
});

test('Change from the check page returns to the check page', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, scenarioById('P01').answers);
  await page.goto('/fr/check/');
  await page.locator('a[href="/fr/q/postcode/?from=check"]').click();
  await page.waitForURL(/\/fr\/q\/postcode\/\?from=check$/);
  await expect(page.locator('input[name=xv]')).toHaveValue('69003');
  await page.locator('input[name=xv]').fill('75011');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL(/\/fr\/check\/$/);
  await expect(page.locator('.summary-row', { hasText: '75011' })).toBeVisible();
});

test('Erase my answers wipes localStorage, sessionStorage and cookies, then returns to the start', async ({ page, context }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, scenarioById('P01').answers);
  await page.goto('/fr/check/');
  await page.evaluate(() => {
    document.cookie = 'probe=1; path=/';
    sessionStorage.setItem('probe', '1');
  });
  await page.locator('.button-erase').click();
  await expect(page.locator('dialog.erase-dialog')).toBeVisible();
  await shot(page, 'fr-erase-dialog');
  await page.locator('dialog .button-danger').click();
  await page.waitForURL(/\/fr\/$/);
  await page.waitForLoadState('load');
  const state = await page.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage), cookie: document.cookie }));
  // sessionStorage keeps only the random mark that makes pages restored by Back reload (ForgetOnRestore).
  expect(state).toEqual({ local: 0, session: ['sesame.erased'], cookie: '' });
  expect(await context.cookies()).toEqual([]);
});

test('tampered saved data: message, download of the raw text, reset, no crash', async ({ page }) => {
  await seedRaw(page, '{"version":1,"answers":{"nationality":"martian"');
  await page.goto('/fr/q/nationality/');
  const notice = page.locator('.notice-warning[role=alert]');
  await expect(notice).toBeVisible();
  const link = notice.locator('a[download]');
  await expect(link).toHaveAttribute('href', /^blob:/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toContain('martian');
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  await shot(page, 'fr-storage-problem');
});

test('older saves (version 0, bare answers) are migrated and kept', async ({ page }) => {
  await seedRaw(page, JSON.stringify({ removalOrder: 'none', nationality: 'moroccan' }));
  await page.goto('/fr/check/');
  await expect(page.locator('.summary-row')).toHaveCount(2);
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), STORAGE_KEY);
  expect(saved.version).toBe(SCHEMA_VERSION);
});

test('the root page links to every language of the table; pages carry the CSP and no third-party asset', async ({ page }) => {
  await page.goto('/');
  for (const l of LANGS) await expect(page.locator(`a[href="/${l}/"]`)).toBeVisible();
  await page.goto('/ar/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shot(page, 'root-ar-start');
});

test('the rules engine of a question page runs in a worker, and the first page announces the whole walk', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/fr/q/removalOrder/');
  // About 12 pages for a typical person (issue 14): the first page must not announce a handful.
  await expect(page.locator('.progress')).toContainText(/environ\s(\d+)/);
  const count = Number(/environ\s(\d+)/.exec(await page.locator('.progress').innerText())![1]);
  expect(count).toBeGreaterThanOrEqual(8);
  expect(workers.some((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
});

test('without web workers (old browser, strict policy) the questions still lead to the next page', async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error simulating a browser without Worker
    delete window.Worker;
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/en/q/removalOrder/');
  await expect(page.locator('.progress')).toContainText(/\d/);
  await answer(page, 'removalOrder', 'none');
  await page.waitForURL(/\/en\/q\/refusalPending\/$/);
  await expect(page.locator('.progress')).toContainText(/given: 1\./i);
  expect(errors).toEqual([]);
});
