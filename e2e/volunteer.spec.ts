/**
 * Volunteer mode (issue 8) at 375×812: a full public scenario (P05) entered on the chapter form,
 * the condition tree with articles, the evaluation date moving L435-4 out of force, "next person"
 * leaving no answers; QR hand-off decoded from the page's pixels with jsQR and opened in a second
 * browser context; old-version and tampered fragments; JSON file export / import; red flags first;
 * axe in fr, en and ar; the applicant's question pages load none of this code.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { CHAPTERS, FACTS, SCHEMA_VERSION, type FactId } from '../rules';
import { checksum, newCode, sealHandoff, toBase64Url } from '../wizard/handoff';
import { persona } from '../tests/helpers/personas';
import { clockOf } from './scenarios';
import { LANGS, dirOf } from '../locales/languages';
import { settled } from './wait';
import { STORAGE_KEY } from './walk';

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const MODE_KEY = 'sesame.volunteer';
const AS_OF = clockOf(persona('P05'));
type Answers = Record<string, boolean | string | number>;
const p05 = persona('P05').situation as Answers;

const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
test.use(PHONE);

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `volunteer-${name}.png`), fullPage: true });

/** Volunteer mode on and (optionally) answers saved, as the site stores them. */
async function seed(page: Page, answers?: Answers, lang = 'fr') {
  await page.goto(`/${lang}/`);
  await page.evaluate(
    ([mk, sk, value]) => {
      localStorage.setItem(mk, '1');
      if (value) localStorage.setItem(sk, value);
    },
    [MODE_KEY, STORAGE_KEY, answers ? JSON.stringify({ version: SCHEMA_VERSION, savedAt: '2026-11-22T10:00:00Z', answers }) : ''] as const,
  );
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);

/** Fills one fact on the chapter form with the input the form shows for it; false if it vanished meanwhile. */
async function fill(page: Page, id: FactId, value: boolean | string | number, timeout = 2000): Promise<boolean> {
  const form = page.locator('form.v-form');
  const input = FACTS[id].input;
  const radios = input.kind === 'yes-no' || (input.kind === 'choice' && input.options.length <= 4);
  const ok = () => true;
  const gone = () => false;
  if (radios) {
    const v = value === true ? 'yes' : value === false ? 'no' : String(value);
    return form.locator(`input[type=radio][name="${id}"][value="${v}"]`).check({ timeout }).then(ok, gone);
  }
  if (input.kind === 'choice') return form.locator(`[data-fact="${id}"] select`).selectOption(String(value), { timeout }).then(ok, gone);
  if (value === 'dont-know') return form.locator(`input[name="${id}-dk"]`).check({ timeout }).then(ok, gone);
  return form.locator(`[data-fact="${id}"] input.input`).fill(String(value), { timeout }).then(ok, gone);
}

/** Enters a whole situation chapter by chapter: fills what the form shows, as it appears. */
async function enterSituation(page: Page, answers: Answers): Promise<{ viaShowAll: string[] }> {
  const viaShowAll: string[] = [];
  for (const chapter of CHAPTERS) {
    const form = page.locator(`form.v-form[data-chapter="${chapter}"]`);
    await expect(form).toBeVisible();
    const done = new Set<string>();
    for (let pass = 0, idle = 0; pass < 40 && idle < 2; pass++) {
      const shown = await form.locator('[data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')!));
      const todo = shown.filter((f) => f in answers && !done.has(f));
      if (todo.length === 0) {
        idle++;
        await settled(page); // the fields an earlier answer calls for are rendered by the next frames
        continue;
      }
      idle = 0;
      for (const f of todo) {
        // An earlier answer of this batch may have made it irrelevant (hidden): next pass.
        if (await fill(page, f as FactId, answers[f]!)) done.add(f);
      }
    }
    // Facts of the scenario this chapter did not ask for: the "show every question" switch.
    const left = Object.keys(answers).filter((f) => FACTS[f as FactId].chapter === chapter && !done.has(f));
    if (left.length) {
      await form.locator('.v-show-all input').check();
      for (const f of left) expect(await fill(page, f as FactId, answers[f]!, 10_000), f).toBe(true);
      viaShowAll.push(...left);
    }
    // Enter submits: from the submit button reached with the keyboard.
    await form.locator('button[type=submit]').focus();
    await page.keyboard.press('Enter');
    if (chapter !== CHAPTERS[CHAPTERS.length - 1]) await expect(page.locator(`form.v-form[data-chapter="${chapter}"]`)).toHaveCount(0);
  }
  return { viaShowAll };
}

test('P05 on the chapter form in under a minute; tree with articles; 2027-01-15 rules L435-4 out; next person erases', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await page.goto('/fr/volunteer/');
  // Off by default: the switch, and what the mode does.
  const toggle = page.getByRole('switch');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.locator('form.v-form')).toBeVisible();
  await shot(page, 'fr-form');

  const started = Date.now();
  const { viaShowAll } = await enterSituation(page, p05);
  await page.waitForURL('**/fr/volunteer/results/');
  const elapsed = Date.now() - started;
  console.log(`P05 entered in ${(elapsed / 1000).toFixed(1)} s; via "show all": ${viaShowAll.join(', ') || 'none'}`);
  expect(elapsed).toBeLessThan(60_000);

  // Same answers as the scenario file (the form validated and saved them).
  expect((await stored(page)).answers).toEqual(p05);

  const l4354 = page.locator('article[data-card="ceseda-l435-4"]');
  await expect(page.locator('section[data-group="discretionary"] article[data-card="ceseda-l435-4"]')).toBeVisible();
  await expect(l4354).toHaveAttribute('data-status', 'possible');
  await expect(l4354.locator('.basis bdi', { hasText: 'CESEDA L435-4' })).toBeVisible();
  // The full tree: nodes with their values, articles, facts used; the préfecture's assessment; no score.
  const tree = l4354.locator('.v-tree').first();
  await expect(tree.locator('[data-node="twelve-months-in-shortage-occupation"][data-value="met"]')).toBeVisible();
  await expect(tree.locator('bdi', { hasText: 'CESEDA L435-4' }).first()).toBeVisible();
  await expect(tree.locator('.v-uses').first()).toContainText('Réponses utilisées');
  await expect(l4354.locator('.v-weighs')).toBeVisible();
  await expect(l4354).not.toContainText(/score\s*:|\d+\s*\/\s*100|\d+\s*%/i);
  await expect(l4354.locator('.v-changes')).toContainText('À confirmer');
  await shot(page, 'fr-results');

  // File on 15 January 2027: L435-4 has ended.
  await page.locator('#v-as-of').fill('2027-01-15');
  await expect(page.locator('[data-as-of]')).toHaveAttribute('data-as-of', '2027-01-15');
  await expect(l4354).toHaveAttribute('data-status', 'not-eligible');
  await expect(l4354.locator('[data-reason="not-in-force-on-date"]')).toContainText('Cette voie n’existe pas à cette date');
  await page.locator('details[data-group="ruledOut"] > summary').click();
  await expect(l4354).toBeVisible();
  // "Eligible from" (eligibleFrom) for a ruled-out title: computed, then shown.
  await expect(l4354.locator('.v-from')).not.toContainText('calcul en cours', { timeout: 30_000 });
  await l4354.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'volunteer-fr-results-2027.png') });

  // Next person: everything goes except the switch.
  await page.evaluate(() => {
    localStorage.setItem('sesame.checklist.ceseda-l435-4', '{"payslips":true}');
    localStorage.setItem('sesame.attempts', '[{"date":"2026-10-01"}]');
    sessionStorage.setItem('probe', '1');
  });
  await page.locator('.v-next').click();
  await page.waitForURL(/\/fr\/volunteer\/$/);
  await page.waitForLoadState('load');
  const state = await page.evaluate(() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.keys(sessionStorage),
  }));
  // Only the switch, and the random mark that tells pages restored by "Back" to reload (ForgetOnRestore).
  expect(state).toEqual({ local: { [MODE_KEY]: '1' }, session: ['sesame.erased'] });
  await expect(page.getByRole('switch')).toBeChecked();
  await expect(page.locator('form.v-form[data-chapter="urgent"]')).toBeVisible();
});

test('the chapter form validates like the question pages and shows only what is relevant', async ({ page }) => {
  await seed(page);
  await page.goto('/fr/volunteer/');
  const form = page.locator('form.v-form[data-chapter="urgent"]');
  // Only the red-flag questions asked of everyone at first; the OQTF date appears once an OQTF is answered.
  await expect(form.locator('[data-fact="removalOrderNotifiedOn"]')).toHaveCount(0);
  await form.locator('input[name="removalOrder"][value="oqtf"]').check();
  await expect(form.locator('[data-fact="removalOrderNotifiedOn"]')).toBeVisible();
  await expect(form.locator('[data-fact="removalOrderNotifiedOn"]')).toHaveClass(/v-open/);
  await page.goto('/fr/volunteer/');
  // A number out of range is refused by the Situation schema, next to the field, focused summary.
  await page.locator('.v-chapter-button').nth(5).click();
  const work = page.locator('form.v-form[data-chapter="work-study"]');
  const showAll = work.locator('.v-show-all input');
  if (await showAll.count()) await showAll.check();
  await work.locator('[data-fact="shortageJobMonthsLast24"] input.input').fill('99');
  await work.locator('[data-fact="shortageJobMonthsLast24"] input.input').press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(work.locator('[data-fact="shortageJobMonthsLast24"] .error-message')).toBeVisible();
  expect(await stored(page)).toBeNull();
});

// Issue 16: the chapter form is a react-hook-form form; what the person sees stays: the message beside the field,
// tied to it (aria-describedby), the error summary focused, what was typed kept, "I don't know" kept; axe passes
// with the error shown. Screenshots at 375 px in French and Arabic.
for (const lang of ['fr', 'ar'] as const) {
  test(`chapter form with an error in ${lang}: message tied to its field, summary focused, values kept, axe clean`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await seed(page, { nationality: 'tunisian', removalOrder: 'none' }, lang);
    await page.goto(`/${lang}/volunteer/`);
    await page.locator('.v-chapter-button').nth(5).click();
    const work = page.locator('form.v-form[data-chapter="work-study"]');
    await work.locator('.v-show-all input').check();
    const months = work.locator('[data-fact="shortageJobMonthsLast24"]');
    const hours = work.locator('[data-fact="annualWorkHours"]');
    await months.locator('input.input').fill('٩٩'); // 99 typed with Arabic-Indic digits: out of range
    await hours.locator('input[name="annualWorkHours-dk"]').check();
    await work.locator('input[type=radio][name="employed"][value="yes"]').check();
    await work.locator('button[type=submit]').click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    const message = months.locator('.error-message');
    await expect(message).toContainText(lang === 'fr' ? 'Écrivez un nombre entre 0 et 24' : '24');
    await expect(summary.locator('a')).toHaveCount(1);
    const input = months.locator('input.input');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await input.getAttribute('aria-describedby')).toContain((await message.getAttribute('id'))!);
    // Kept: what was typed, "I don't know", the radio; nothing saved.
    await expect(input).toHaveValue('٩٩');
    await expect(hours.locator('input[name="annualWorkHours-dk"]')).toBeChecked();
    await expect(work.locator('input[type=radio][name="employed"][value="yes"]')).toBeChecked();
    expect((await stored(page)).answers).toEqual({ nationality: 'tunisian', removalOrder: 'none' });
    const r = await axe(page);
    expect(r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `forms-volunteer-${lang}-error.png`), fullPage: true });
    // The summary's link leads to the field; once corrected, the chapter is saved with "I don't know" kept.
    await input.fill('১২'); // 12 in Bengali digits
    await work.locator('button[type=submit]').click();
    await expect(page.locator('form.v-form[data-chapter="integration"]')).toBeVisible();
    expect((await stored(page)).answers).toMatchObject({ shortageJobMonthsLast24: 12, annualWorkHours: 'dont-know', employed: true });
  });
}

test('a birth date after today is refused on the chapter form, as on the question page', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, { removalOrder: 'none' });
  await page.goto('/fr/volunteer/');
  await page.locator('.v-chapter-button').nth(1).click();
  const you = page.locator('form.v-form[data-chapter="you"]');
  const all = you.locator('.v-show-all input');
  if (await all.count()) await all.check();
  await you.locator('[data-fact="birthDate"] input.input').fill('2030-01-01');
  await you.locator('button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(you.locator('[data-fact="birthDate"] .error-message')).toContainText('après aujourd’hui');
  expect((await stored(page)).answers).toEqual({ removalOrder: 'none' });
});

async function qrUrl(page: Page): Promise<string> {
  await page.locator('.v-handoff button.button-primary').click();
  const img = page.locator('.v-qr img');
  await expect(img).toBeVisible();
  const pixels = await img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const c = document.createElement('canvas');
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height);
    return { data: Array.from(d.data), width: d.width, height: d.height };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  expect(code, 'jsQR decodes the QR code').not.toBeNull();
  return code!.data;
}

/** The decoded link, pointed at the test server (the build may carry another public address). */
const onTestServer = (url: string, base: string) => {
  const u = new URL(url);
  return `${base}${u.pathname}${u.hash}`;
};

async function freshPage(browser: Browser) {
  const context = await browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

test('QR hand-off: decoded from the pixels, opened in a second browser, same answers, fragment gone', async ({ page, browser, baseURL }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, p05);
  await page.goto('/fr/volunteer/results/');
  await expect(page.locator('article[data-card="ceseda-l435-4"]')).toBeVisible();
  const decoded = await qrUrl(page);
  expect(decoded).toMatch(/\/fr\/handoff\/#h=e1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  expect(decoded).not.toContain('?');
  // The link holds no answer in clear; the code is shown beside the QR code, never in it.
  const code = (await page.locator('[data-handoff-code]').getAttribute('data-handoff-code'))!;
  expect(code).toMatch(/^\d{20}$/);
  expect(decoded).not.toContain(code);
  for (const v of ['ceseda', '2019-', 'birthDate', 'nationality']) expect(decoded).not.toContain(v);
  await page.locator('.v-qr').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'volunteer-fr-qr.png') });

  const { context, page: phone } = await freshPage(browser);
  const hosts = new Set<string>();
  phone.on('request', (r) => hosts.add(new URL(r.url()).host));
  await phone.goto(onTestServer(decoded, baseURL!));
  await expect(phone.locator('#hc-x')).toBeVisible();
  expect(phone.url()).not.toContain('#');
  expect(await stored(phone)).toBeNull();
  // Typed four digits at a time, as read out.
  await phone.locator('#hc-x').fill(code.replace(/(\d{4})(?=\d)/g, '$1 '));
  await phone.locator('.v-code-form button[type=submit]').click();
  await expect(phone.locator('[data-handoff="ok"]')).toBeVisible();
  expect(new URL(phone.url()).hash).toBe('');
  expect(phone.url()).not.toContain('#');
  expect((await stored(phone)).answers).toEqual(p05);
  await shot(phone, 'fr-handoff');
  await phone.locator('a[href="/fr/check/"]').click();
  await phone.waitForURL('**/fr/check/');
  await expect(phone.locator('.summary-row').first()).toBeVisible();
  expect((await stored(phone)).answers).toEqual(p05);
  expect([...hosts].filter((h) => !h.startsWith('127.0.0.1'))).toEqual([]);
  await context.close();
});

test('an old-version link is migrated; a wrong code, a tampered or an old plaintext link show a clear message and change nothing', async ({ browser, baseURL }) => {
  const { context, page } = await freshPage(browser);
  const old = { removalOrder: 'none', nationality: 'tunisian' } as const;
  const code = newCode();
  await page.goto(`${baseURL}/en/handoff/#h=${await sealHandoff(old, code, 0)}`);
  await expect(page.locator('#hc-x')).toBeVisible();
  expect(page.url()).not.toContain('#');
  // A wrong code first: a clear message, nothing saved, the form stays for another try.
  await page.locator('#hc-x').fill('1234 5678 9012 3456 7890');
  await page.locator('.v-code-form button[type=submit]').click();
  await expect(page.locator('.v-code-form .error-message')).toContainText('does not open this link');
  await page.locator('#hc-x').fill('1234');
  await page.locator('.v-code-form button[type=submit]').click();
  await expect(page.locator('.v-code-form .error-message')).toContainText('You typed 4');
  expect(await stored(page)).toBeNull();
  await page.locator('#hc-x').fill(code);
  await page.locator('.v-code-form button[type=submit]').click();
  await expect(page.locator('[data-handoff="ok"]')).toContainText('older version');
  expect(await stored(page)).toMatchObject({ version: SCHEMA_VERSION, answers: old });

  const token = await sealHandoff({ ...old, nationality: 'moroccan' }, code);
  const i = 40;
  const tampered = `${token.slice(0, i)}${token[i] === 'x' ? 'y' : 'x'}${token.slice(i + 1)}`;
  await page.goto(`${baseURL}/ar/handoff/#h=${tampered}`);
  const message = page.locator('[data-handoff="error"][role="alert"]');
  await expect(message).toBeVisible();
  await expect(message).toContainText('لا يمكن استعمال هذا الرابط');
  expect(page.url()).not.toContain('#');
  expect((await stored(page)).answers).toEqual(old);
  await shot(page, 'ar-handoff-tampered');
  await page.goto(`${baseURL}/fr/handoff/#h=e1.not-base64!.00000000`);
  await expect(page.locator('[data-handoff="error"]')).toContainText('Ce lien ne peut pas être utilisé');
  // A link of the old plaintext format is refused, even though it is well formed.
  const plain = `1.${toBase64Url(JSON.stringify({ nationality: 'other' }))}`;
  await page.goto(`${baseURL}/fr/handoff/#h=${plain}.${checksum(plain)}`);
  await expect(page.locator('[data-handoff="error"]')).toHaveAttribute('data-problem', 'plaintext');
  expect((await stored(page)).answers).toEqual(old);
  await context.close();
});

test('JSON file: export downloads the answers; import validates, migrates, refuses a tampered file', async ({ page, browser }) => {
  await seed(page, p05);
  await page.goto('/fr/volunteer/results/');
  await expect(page.locator('.v-handoff')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.v-handoff .button-secondary').first().click()]);
  expect(download.suggestedFilename()).toMatch(/^sesame-answers-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'sesame-answers', version: SCHEMA_VERSION, answers: p05 });

  const { context, page: other } = await freshPage(browser);
  await seed(other);
  await other.goto('/fr/volunteer/');
  await other.locator('.v-import-box > summary').click();
  await other.locator('#v-import-file').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('[data-import="ok"]')).toBeVisible();
  expect((await stored(other)).answers).toEqual(p05);

  const bad = JSON.parse(text);
  bad.answers.birthDate = '1988-02-30';
  await other.locator('#v-import-file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(other.locator('[data-import="error"]')).toContainText('Rien n’a été modifié');
  expect((await stored(other)).answers).toEqual(p05);

  await other.locator('#v-import-file').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ nationality: 'other' })) });
  await expect(other.locator('[data-import="ok"]')).toContainText('ancienne version');
  expect(await stored(other)).toMatchObject({ version: SCHEMA_VERSION, answers: { nationality: 'other' } });
  await context.close();
});

test('red flags come first: OQTF with its deadline and "see an association or a lawyer now"', async ({ page }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, { ...p05, removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10', detention: 'free' });
  await page.goto('/fr/volunteer/results/');
  const alerts = page.locator('section.alerts');
  await expect(alerts.locator('[data-alert="oqtf"]')).toBeVisible();
  await expect(alerts).toContainText('10 décembre 2026');
  await expect(alerts).toContainText('association ou un avocat');
  const order = await page.evaluate(() => {
    const a = document.querySelector('section.alerts')!;
    const first = document.querySelector('article[data-card]')!;
    return a.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await page.screenshot({ path: join(SHOTS, 'volunteer-fr-alerts.png') });
});

for (const lang of LANGS) {
  test(`axe WCAG 2.1 A/AA on the volunteer pages in ${lang}`, async ({ page }) => {
    test.slow(); // five axe runs and two PBKDF2 derivations: it took 90 s on a loaded 2-core machine
    await page.clock.setFixedTime(new Date(AS_OF));
    const check = async (what: string) => {
      const r = await axe(page);
      expect(r.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    };
    await page.goto(`/${lang}/volunteer/`);
    await expect(page.getByRole('switch')).toBeVisible();
    await check('off');
    await seed(page, p05, lang);
    await page.goto(`/${lang}/volunteer/`);
    await expect(page.locator('form.v-form')).toBeVisible();
    await page.locator('.v-chapter-button').nth(5).click();
    const showAll = page.locator('form.v-form .v-show-all input');
    if (await showAll.count()) await showAll.check();
    await check('form');
    if (lang !== 'fr') await shot(page, `${lang}-form`);
    await page.goto(`/${lang}/volunteer/results/`);
    await expect(page.locator('article[data-card="ceseda-l435-4"]')).toBeVisible();
    await page.locator('.v-handoff button.button-primary').click();
    await expect(page.locator('.v-qr img')).toBeVisible();
    if (lang !== 'fr') await shot(page, `${lang}-results`);
    await page.locator('details[data-group="ruledOut"] > summary').click();
    await check('results');
    const code = newCode();
    await page.goto(`/${lang}/handoff/#h=${await sealHandoff({ nationality: 'other' }, code)}`);
    await expect(page.locator('#hc-x')).toBeVisible();
    await check('handoff code');
    await page.locator('#hc-x').fill(code);
    await page.locator('.v-code-form button[type=submit]').click();
    await expect(page.locator('[data-handoff="ok"]')).toBeVisible();
    await check('handoff');
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf(lang));
  });
}

test('the applicant question pages load none of the volunteer code', () => {
  const out = join(process.cwd(), 'out');
  for (const page of ['fr/q/nationality', 'fr/q/birthDate', 'ar/q/removalOrder', 'fr']) {
    const html = readFileSync(join(out, page, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      const js = readFileSync(join(out, s), 'utf8');
      expect(js, `${page} loads ${s}`).not.toMatch(/sesame\.volunteer|volunteer\.form|\/handoff\/#|toDataURL/);
    }
  }
});
