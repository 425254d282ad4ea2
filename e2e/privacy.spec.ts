/**
 * Privacy on shared phones and at drop-ins (issue 15), in the built site:
 *  - every input of the wizard, the checklist, the letters and the volunteer pages, listed: none carries
 *    an autofill hint or a name a browser learns;
 *  - the CSP meta comes before every script of every page;
 *  - unreadable saved answers are shown and offered for download on the checklist and letters pages too,
 *    and stay set aside; tampered ticks and attempts do not crash those pages;
 *  - the printed checklist says what it holds;
 *  - the hand-off code entry at 375 px in French and Arabic (screenshots);
 *  - with the service worker: after "Erase my answers", Cache Storage and IndexedDB hold nothing derived
 *    from the answers (keys and contents);
 *  - network recorded at the server for two persons with different results: the same background
 *    requests, and once the site is cached, no request whose path depends on an answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../rules';
import { newCode, sealHandoff } from '../wizard/handoff';
import { AS_OF, scenarioById } from './scenarios';
import { seed, walkQuestions } from './walk';
import type { Scenario } from './scenarios';
import { persona } from '../tests/helpers/personas';

const P05 = persona('P05').situation;

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
test.use(PHONE);

/**
 * Walks from the current question or screen to the check page with a scenario's answers (walk.ts, which knows the
 * screens of several facts); a question the persona is silent on gets "I don't know" where offered (walk.ts).
 * What is measured here is the requests, not the rules (e2e/wizard.spec.ts and the scenario tests check those).
 */
async function walk(page: Page, sc: Scenario) {
  await walkQuestions(page, sc);
}

const P01 = scenarioById('P01');
const P02 = scenarioById('P02');

/** Words browsers' autofill and autocomplete key on (Chrome's and Firefox's field heuristics). */
const LEARNABLE = /birth|bday|day|month|year|postal|post|zip|code|commune|city|town|address|addr|street|name|tel|phone|mail|country|nation|sex|gender|family|given|surname|income|salary|pay/i;

interface Field { page: string; tag: string; type: string; name: string; id: string; autocomplete: string | null }

async function fieldsOf(page: Page, label: string): Promise<Field[]> {
  return page.locator('main input, main select, main textarea').evaluateAll(
    (els, label) =>
      els.map((e) => ({
        page: label,
        tag: e.tagName.toLowerCase(),
        type: (e as HTMLInputElement).type ?? '',
        name: e.getAttribute('name') ?? '',
        id: e.id,
        autocomplete: e.getAttribute('autocomplete'),
      })),
    label,
  );
}

test('no input of the wizard, checklist, letters or volunteer pages carries an autofill hint (listed)', async ({ page }) => {
  test.slow(); // many pages or axe runs: three times the configured timeout
  await page.clock.setFixedTime(new Date(AS_OF));
  const all: Field[] = [];
  for (const fact of ['birthDate', 'postcode', 'euFamilyResidenceYears', 'nationality', 'entryDate']) {
    await page.goto(`/fr/q/${fact}/`);
    await expect(page.locator('form.question-form')).toBeVisible();
    all.push(...(await fieldsOf(page, `q/${fact}`)));
  }
  await seed(page, P01.answers);
  for (const path of ['check', 'results', `checklist/${P01.expectCard}`, `letters/${P01.expectCard}`]) {
    await page.goto(`/fr/${path}/`);
    await expect(page.locator('h1')).toBeVisible();
    if (path.startsWith('checklist')) await expect(page.locator('.ck-items').first()).toBeVisible();
    if (path.startsWith('letters')) await expect(page.locator('.lt-form')).toBeVisible();
    all.push(...(await fieldsOf(page, path)));
  }
  // Volunteer: every chapter with every question shown, the results, the hand-off code entry.
  await page.evaluate(
    ([v]) => {
      localStorage.setItem('sesame.volunteer', '1');
      localStorage.setItem('sesame.answers', v);
    },
    [JSON.stringify({ version: SCHEMA_VERSION, savedAt: '2026-11-22T10:00:00Z', answers: P05 })] as const,
  );
  await page.goto('/fr/volunteer/');
  await expect(page.locator('form.v-form')).toBeVisible();
  const chapters = await page.locator('.v-chapter-button').count();
  for (let i = 0; i < chapters; i++) {
    await page.locator('.v-chapter-button').nth(i).click();
    const showAll = page.locator('form.v-form .v-show-all input');
    if (await showAll.count()) await showAll.check();
    all.push(...(await fieldsOf(page, `volunteer chapter ${i + 1}`)));
  }
  await page.goto('/fr/volunteer/results/');
  await expect(page.locator('.v-handoff')).toBeVisible();
  all.push(...(await fieldsOf(page, 'volunteer/results')));
  await page.goto(`/fr/handoff/#h=${await sealHandoff({ nationality: 'other' }, newCode())}`);
  await expect(page.locator('#hc-x')).toBeVisible();
  all.push(...(await fieldsOf(page, 'handoff')));

  const typed = all.filter((f) => !['radio', 'checkbox', 'file', 'submit', 'button', 'hidden'].includes(f.type));
  console.log(`${all.length} inputs, ${typed.length} that a browser could fill:\n${typed.map((f) => `  ${f.page}: <${f.tag} type=${f.type} name=${f.name} id=${f.id} autocomplete=${f.autocomplete}>`).join('\n')}`);
  expect(typed.length).toBeGreaterThan(40);
  const bad = typed.filter((f) => f.autocomplete !== 'off' || LEARNABLE.test(f.name) || LEARNABLE.test(f.id));
  expect(bad).toEqual([]);
  // Radios and checkboxes are never autofilled, but carry no autofill hint either.
  expect(all.filter((f) => f.autocomplete !== null && f.autocomplete !== 'off')).toEqual([]);
});

test('every page has its CSP (form-action none, no unsafe-eval) before any script', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.html')) pages.push(p);
    }
  };
  walk(join(process.cwd(), 'out'));
  expect(pages.length).toBeGreaterThan(900);
  for (const p of pages) {
    const html = readFileSync(p, 'utf8');
    const meta = html.search(/<meta http-equiv="Content-Security-Policy"/i);
    expect(meta, p).toBeGreaterThan(0);
    const script = html.search(/<script\b/i);
    if (script !== -1) expect(meta, `${p}: a script before the CSP`).toBeLessThan(script);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)![1]!.replace(/&#x27;/g, "'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toContain('unsafe-eval');
  }
});

test('unreadable saved answers: said and offered on the checklist and letters, kept until deleted; tampered ticks and attempts never crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date(AS_OF));
  await page.goto('/fr/');
  await page.evaluate(() => localStorage.setItem('sesame.answers', '{"version":1,"answers":{"nationality":"martian"}}'));
  for (const path of [`checklist/${P01.expectCard}`, `letters/${P01.expectCard}`]) {
    await page.goto(`/fr/${path}/`);
    const notice = page.locator('[data-storage-problem]');
    await expect(notice).toBeVisible();
    await expect(notice.locator('a[download]')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('sesame.answers.unreadable'))).toContain('martian');
  }
  await page.locator('[data-storage-problem] button').click();
  await expect(page.locator('[data-storage-problem]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('sesame.answers.unreadable'))).toBeNull();

  await seed(page, P01.answers);
  for (const ticks of ['null', '[1,2]', '"x"', '{"passport":"yes","__proto__":{"x":1}}', '{nope']) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`sesame.checklist.${P01.expectCard}`, ticks] as const);
    await page.goto(`/fr/checklist/${P01.expectCard}/`);
    await expect(page.locator('.ck-items').first()).toBeVisible();
  }
  for (const attempts of ['{"date":5}', '[null,{"date":"2026-02-30"},{"date":"2026-10-01","note":{"x":1}}]', '42']) {
    await page.evaluate((v) => localStorage.setItem('sesame.attempts', v), attempts);
    await page.goto(`/fr/letters/${P01.expectCard}/`);
    await expect(page.locator('.lt-letter')).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('the printed checklist says which of the answers it holds', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, { ...P01.answers, removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10', detention: 'free' });
  await page.goto(`/fr/checklist/${P01.expectCard}/`);
  await expect(page.locator('.ck-place')).toBeVisible();
  const line = page.locator('[data-print-privacy]');
  await expect(line).toHaveAttribute('data-print-privacy', /\bremoval\b.*\bplace\b/);
  await expect(line).toContainText('la commune où déposer');
  await expect(line).not.toContainText('aucune donnée personnelle');
  await page.locator('#ck-n').fill('A. B.');
  await expect(line).toHaveAttribute('data-print-privacy', /\bname\b/);
  await page.emulateMedia({ media: 'print' });
  await expect(line).toBeVisible();
  await expect(page.locator('.ck-urgent')).toBeVisible();
});

test('hand-off code entry at 375 px in French and Arabic', async ({ page }) => {
  for (const lang of ['fr', 'ar']) {
    const code = newCode();
    await page.goto(`/${lang}/handoff/#h=${await sealHandoff(P05 as never, code)}`);
    const input = page.locator('#hc-x');
    await expect(input).toBeVisible();
    // One line, inside the screen, left to right also in Arabic.
    const box = (await input.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await input.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    await input.fill(code.replace(/(\d{4})(?=\d)/g, '$1 '));
    await page.screenshot({ path: join(SHOTS, `handoff-code-${lang}.png`), fullPage: true });
    await input.fill('1234 5678');
    await page.locator('.v-code-form button[type=submit]').click();
    await expect(page.locator('.v-code-form .error-message')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `handoff-code-${lang}-error.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }
});

// ── With the service worker.

test.describe('with the offline worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ timeout: 420_000 });

  /** Every page of a language in this build: its shared pages (serwist.config.mjs LANGUAGE_PAGES) and every question, checklist and letter page. */
  const languagePages = (lang: string) => [
    ...['', 'check/', 'results/', 'privacy/', 'accessibility/', 'volunteer/', 'volunteer/results/', 'handoff/'].filter((p) => existsSync(join('out', lang, p, 'index.html'))).map((p) => `/${lang}/${p}`),
    ...['q', 'checklist', 'letters'].flatMap((k) => readdirSync(join('out', lang, k)).filter((n) => statSync(join('out', lang, k, n)).isDirectory()).map((n) => `/${lang}/${k}/${n}/`)),
  ];

  async function installAndWarm(page: Page, base: string, lang: string) {
    await page.goto(`${base}/${lang}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const want = languagePages(lang).length;
    await expect
      .poll(async () => page.evaluate(async () => (await (await caches.open('sesame-pages')).keys()).length), { timeout: 240_000, intervals: [1000] })
      .toBe(want);
  }

  const cacheState = (page: Page) =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search).sort();
      const dbs = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : ['?'];
      return { caches: out, dbs };
    });

  test('after Erase my answers, Cache Storage and IndexedDB hold nothing derived from the answers (keys and contents)', async ({ page, browser, baseURL }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await installAndWarm(page, baseURL!, 'fr');
    await page.locator('a.button-start').click();
    await walk(page, P01);
    await page.locator('a[href="/fr/results/"]').click();
    await expect(page.locator(`article[data-card="${P01.expectCard}"]`).first()).toBeVisible();
    await page.goto(`/fr/checklist/${P01.expectCard}/`);
    await expect(page.locator('.ck-place')).toBeVisible();

    await page.locator('.button-erase').click();
    await page.locator('.erase-dialog .button-danger').click();
    await page.waitForURL(/\/fr\/$/);
    await page.waitForLoadState('load');
    const after = await cacheState(page);

    // A blank install, nobody's answers: the precache is the same file list.
    const blank = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
    const other = await blank.newPage();
    await other.goto(`${baseURL}/fr/`);
    await other.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const fresh = await cacheState(other);
    await blank.close();

    const precache = (s: typeof after) => Object.entries(s.caches).filter(([n]) => n.startsWith('serwist-precache'));
    expect(precache(after)).toEqual(precache(fresh));
    // Nothing but the precache and the pages warmed again for the language (same for everyone).
    expect(Object.keys(after.caches).filter((n) => !n.startsWith('serwist-precache') && n !== 'sesame-pages')).toEqual([]);
    const all = new Set(languagePages('fr'));
    for (const key of after.caches['sesame-pages'] ?? []) expect(all.has(key.replace(/\?rev=.*$/, ''))).toBe(true);
    expect(after.dbs).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // Contents: every page still cached is byte for byte the built page (no answer in it).
    const mismatched = await page.evaluate(async (files) => {
      const bad: string[] = [];
      const cache = await caches.open('sesame-pages');
      for (const req of await cache.keys()) {
        const path = new URL(req.url).pathname;
        const body = await (await cache.match(req))!.text();
        if (body !== files[path]) bad.push(path);
      }
      return bad;
    }, Object.fromEntries([...all].slice(0, 400).map((p) => [p, readFileSync(join('out', p, 'index.html'), 'utf8')])));
    expect(mismatched).toEqual([]);
  });

  test('network, recorded at the server, for two persons with different results: same background requests; none whose path depends on an answer once cached', async ({ browser }) => {
    const port = Number(process.env.PORT ?? 4173) + 37;
    const log = join(process.cwd(), 'artifacts', `requests-${port}.log`);
    mkdirSync(join(process.cwd(), 'artifacts'), { recursive: true });
    writeFileSync(log, '');
    const server: ChildProcess = spawn(process.execPath, ['scripts/serve-static.mjs', String(port), 'out'], { env: { ...process.env, SESAME_REQUEST_LOG: log }, stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    try {
      await expect.poll(async () => fetch(`${base}/fr/`).then((r) => r.status, () => 0)).toBe(200);
      const take = () => {
        const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[1]!);
        writeFileSync(log, '');
        return lines;
      };
      const answerDependent = /^\/(fr|en|ar)\/(q|checklist|letters)\/|^\/communes\//;
      const run = async (b: Browser, sc: typeof P01) => {
        const context = await b.newContext({ ...PHONE, serviceWorkers: 'allow' });
        const page = await context.newPage();
        await page.clock.setFixedTime(new Date(AS_OF));
        take();
        await installAndWarm(page, base, 'fr');
        const background = take();
        await page.locator('a.button-start').click();
        await walk(page, sc);
        await page.locator('a[href="/fr/results/"]').click();
        const card = page.locator(`article[data-card="${sc.expectCard}"]`).first();
        await expect(card).toBeVisible();
        const proposed = await page.locator('.result-group article[data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')!).sort());
        await card.locator(`a[href$="/checklist/${sc.expectCard}/"]`).click();
        await page.waitForURL(`**/fr/checklist/${sc.expectCard}/`);
        await expect(page.locator('.ck-place')).toBeVisible();
        await page.locator(`a[href="/fr/letters/${sc.expectCard}/"]`).first().click();
        await page.waitForURL(`**/fr/letters/${sc.expectCard}/`);
        await expect(page.locator('.lt-letter')).toBeVisible();
        // Whatever the letter page fetches (the commune file) has been asked for: no request for 500 ms.
        await page.waitForLoadState('networkidle');
        const walked = take();
        await context.close();
        return { background, walk: walked, proposed };
      };
      const a = await run(browser, P01);
      const b = await run(browser, P02);
      expect(a.proposed).not.toEqual(b.proposed);
      console.log(`background: ${new Set(a.background).size} paths; walk after caching, P01: ${[...new Set(a.walk)].join(' ') || '(none)'}; P02: ${[...new Set(b.walk)].join(' ') || '(none)'}`);
      expect([...new Set(a.background)].sort()).toEqual([...new Set(b.background)].sort());
      expect(new Set(a.background).size).toBeGreaterThan(300);
      expect(a.walk.filter((p) => answerDependent.test(p))).toEqual([]);
      expect(b.walk.filter((p) => answerDependent.test(p))).toEqual([]);
    } finally {
      server.kill();
      rmSync(log, { force: true });
    }
  });
});
