/**
 * Quality gates (issue 7), at 375 px unless said otherwise:
 *  - axe WCAG 2.0/2.1 A and AA: 0 violations on every page type in every language of locales/languages.ts;
 *  - a keyboard-only walk from the start page to the results; the focus ring is always visible;
 *  - touch targets of 44 × 44 CSS px at least (buttons, radio boxes, links outside running text);
 *  - text at 200 %: no horizontal scroll, the main controls stay visible;
 *  - privacy: a full walk and a print with every request off 127.0.0.1 aborted, no cookie, a CSP
 *    meta tag on every page type, "Erase my answers" empties every storage.
 */
import { axe } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { FACTS, type FactId } from '../rules';
import { AS_OF, type Answer, scenarioById } from './scenarios';
import { inputName, seed, walkQuestions, type On } from './walk';
import { privateName } from '../wizard/keys';
import { LANGS } from '../locales/languages';
import { settled } from './wait';

test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** P02 plus answers that put a title in each of the three result groups (eligible L423-7, discretionary L425-4, if confirmed L425-9). */
const ALL_GROUPS: Record<string, Answer> = { ...scenarioById('P02').answers, prostitutionExitProgramme: true, ownSeriousIllness: true };
/** The same person with a removal order: the red-flag block comes first. */
const WITH_ALERT: Record<string, Answer> = { ...ALL_GROUPS, removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10', detention: 'free' };

/** One page of each type; `ready` is what must be on screen before checking. */
const PAGE_TYPES: { name: string; path: string; ready: string; seed?: Record<string, Answer> }[] = [
  { name: 'start', path: '', ready: 'a.button-start' },
  { name: 'question yes-no', path: 'q/dublinProcedure/', ready: 'input[type=radio]' },
  { name: 'question screen (fields)', path: 'q/s-letters/', ready: 'input[type=radio]' },
  { name: 'question screen (checklist)', path: 'q/s-rare/', ready: 'input[type=checkbox]' },
  { name: 'question choice', path: 'q/nationality/', ready: 'input[type=radio]' },
  { name: 'question date', path: 'q/birthDate/', ready: 'input[name=xd]' },
  { name: 'question number', path: 'q/euFamilyResidenceYears/', ready: 'input[name=xv]' },
  { name: 'question postcode', path: 'q/postcode/', ready: 'input[name=xv]' },
  { name: 'check answers', path: 'check/', ready: '.summary-row', seed: ALL_GROUPS },
  { name: 'results (every group)', path: 'results/', ready: '#g-discretionary', seed: ALL_GROUPS },
  { name: 'results (red flag)', path: 'results/', ready: '.alerts', seed: WITH_ALERT },
  { name: 'checklist', path: 'checklist/ceseda-l423-7/', ready: '.ck-items', seed: ALL_GROUPS },
  { name: 'letters', path: 'letters/ceseda-l423-7/', ready: 'h1', seed: ALL_GROUPS },
  { name: 'privacy', path: 'privacy/', ready: 'h1' },
  { name: 'accessibility', path: 'accessibility/', ready: 'h1' },
  { name: 'not found', path: 'no-such-page/', ready: 'h1' },
];

async function open(page: Page, lang: string, p: (typeof PAGE_TYPES)[number]) {
  if (p.seed) await seed(page, p.seed, lang);
  await page.goto(`/${lang}/${p.path}`);
  await expect(page.locator(p.ready).first()).toBeVisible();
  // Closed <details> (ruled-out titles) are checked open too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

for (const lang of LANGS) {
  test(`axe WCAG 2.1 A/AA, 0 violations on every page type in ${lang}`, async ({ page }) => {
    test.slow(); // many pages or axe runs: three times the configured timeout
    await page.clock.setFixedTime(new Date(AS_OF));
    const found: string[] = [];
    for (const p of PAGE_TYPES) {
      await open(page, lang, p);
      const r = await axe(page);
      for (const v of r.violations) found.push(`${p.name}: ${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }
    expect(found).toEqual([]);
  });
}

/** The style that shows where the keyboard focus is: a real outline or box-shadow. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false, matches: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    return { tag: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`, visible: outline || shadow, matches: el.matches(':focus-visible') };
  });
}

async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    // body: Tab went past the last control and wraps round to the browser.
    if (!['h1', 'main', 'body'].includes(ring.tag)) expect(ring, `focus ring on ${ring.tag}`).toMatchObject({ visible: true, matches: true });
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with Tab`);
}

/**
 * Answers with the keyboard: Tab to the field, Space (or the arrow keys inside a radio group, their native
 * behaviour), typing, Enter on a one-question page. On a screen of several facts the fields are filled in order
 * and the page is submitted once (submitByKeyboard).
 */
async function answerByKeyboard(page: Page, factId: FactId, value: Answer, on: On) {
  const spec = FACTS[factId];
  const input = spec.input;
  const scope = on === 'question' ? '' : `[data-fact="${factId}"] `;
  if (on === 'question') await expect(page.locator('h1')).toBeFocused();
  if (value === 'dont-know' && input.kind !== 'yes-no' && input.kind !== 'choice') {
    if (on === 'question') {
      await tabTo(page, 'button[value="dont-know"]');
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, `input[name="${privateName(factId)}-dk"]`);
      await page.keyboard.press('Space');
    }
    return;
  }
  if (input.kind === 'yes-no' || input.kind === 'choice') {
    const values = [...(input.kind === 'yes-no' ? ['yes', 'no'] : input.options), ...(spec.dontKnow ? ['dont-know'] : [])];
    const want = value === true ? 'yes' : value === false ? 'no' : String(value);
    const index = values.indexOf(want);
    expect(index, `${factId}: ${want} is an option`).toBeGreaterThanOrEqual(0);
    await tabTo(page, `${scope}input[type=radio]`);
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${scope}input[type=radio][value="${want}"]`).first()).toBeChecked();
    await expect(page.locator(`${scope}input[type=radio][value="${want}"]`).first()).toBeFocused();
    expect(await focusRing(page)).toMatchObject({ visible: true });
  } else if (input.kind === 'date') {
    const [y, m, d] = String(value).split('-');
    await tabTo(page, `input[name="${inputName(factId, 'day', on)}"]`);
    await page.keyboard.type(String(Number(d)));
    await tabTo(page, `input[name="${inputName(factId, 'month', on)}"]`, 1);
    await page.keyboard.type(String(Number(m)));
    await tabTo(page, `input[name="${inputName(factId, 'year', on)}"]`, 1);
    await page.keyboard.type(y!);
  } else {
    await tabTo(page, `input[name="${inputName(factId, 'value', on)}"]`);
    await page.keyboard.type(String(value));
  }
  if (on === 'question') await page.keyboard.press('Enter');
}

/** A checklist with the keyboard: Space on each box to tick (or on "None of these"), then Continue. */
async function submitByKeyboard(page: Page) {
  await tabTo(page, 'button[value="continue"]');
  await page.keyboard.press('Enter');
}

test('keyboard only: start → every question → check → results, focus always visible', async ({ page }) => {
  test.slow(); // many pages or axe runs: three times the configured timeout
  await page.clock.setFixedTime(new Date(AS_OF));
  const sc = scenarioById('P01');
  await page.goto('/fr/');
  await tabTo(page, 'a.button-start', 60);
  await page.keyboard.press('Enter');
  const asked = await walkQuestions(page, sc, { answerWith: answerByKeyboard, submitScreen: submitByKeyboard });
  expect(asked.length).toBeGreaterThan(10);
  await expect(page.locator('h1')).toBeFocused();
  await tabTo(page, 'a[href="/fr/results/"]', 120);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/fr/results/');
  await expect(page.locator(`article[data-card="${sc.expectCard}"]`)).toBeVisible();
  // The ruled-out list opens with the keyboard too.
  await tabTo(page, 'details.ruled-out > summary', 200);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.ruled-out').first()).toHaveAttribute('open', '');
});

test('focus is visible on links, buttons and inputs (:focus-visible has an outline or a box-shadow)', async ({ page }) => {
  await page.goto('/fr/q/postcode/');
  await expect(page.locator('input[name=xv]')).toBeVisible();
  for (const sel of ['a.back-link', 'input[name=xv]', 'button[value="continue"]', 'footer a[href="/fr/privacy/"]', 'button.button-erase']) {
    await tabTo(page, sel, 60);
    const ring = await focusRing(page);
    expect(ring, `${sel} (${ring.tag})`).toMatchObject({ visible: true, matches: true });
  }
  await page.goto('/fr/q/nationality/');
  await expect(page.locator('input[type=radio]').first()).toBeVisible();
  await tabTo(page, 'input[type=radio]', 60);
  expect(await focusRing(page)).toMatchObject({ visible: true, matches: true });
});

/** Targets smaller than 44 × 44 CSS px: buttons, radio boxes (the label covers the box), links that are not inside running text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const inText = (a: Element) => {
      const parent = a.parentElement;
      if (!parent || !['P', 'LI', 'DD', 'SPAN', 'TD'].includes(parent.tagName)) return false;
      const own = (parent.textContent ?? '').replace(a.textContent ?? '', '').trim();
      return own.length > 0; // a link with other words around it is in a sentence (WCAG 2.5.5 exception)
    };
    const els = [...document.querySelectorAll('main a[href], main button, main .radio, main summary, main input:not([type=radio]):not([type=hidden]), main select')];
    for (const found of els) {
      // A checkbox inside its label, or in a box its label covers (.checkbox, as .radio): the whole box is the target.
      const box = found.matches('input[type=checkbox]') ? (found.closest('label') ?? found.closest('.checkbox')) : null;
      const el = box ?? found;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (closed details, print-only)
      if (el.tagName === 'A' && inText(el)) continue;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) out.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  });
}

test('touch targets are at least 44 × 44 CSS px at 375 px (fr and ar)', async ({ page }) => {
  test.slow(); // many pages or axe runs: three times the configured timeout
  await page.clock.setFixedTime(new Date(AS_OF));
  const found: string[] = [];
  for (const lang of ['fr', 'ar'] as const) {
    for (const p of PAGE_TYPES) {
      await open(page, lang, p);
      for (const s of await smallTargets(page)) found.push(`${lang} ${p.name}: ${s}`);
    }
  }
  expect(found).toEqual([]);
});

test('text at 200 % on a 375 px screen: no horizontal scroll, main controls visible (fr and ar)', async ({ page }) => {
  test.slow(); // many pages or axe runs: three times the configured timeout
  await page.clock.setFixedTime(new Date(AS_OF));
  const checks: { path: string; controls: string[]; seed?: Record<string, Answer> }[] = [
    { path: '', controls: ['h1', 'a.button-start', 'button.button-erase'] },
    { path: 'q/nationality/', controls: ['h1', '.radio >> nth=0', 'button[value="continue"]', 'a.back-link'] },
    { path: 'q/birthDate/', controls: ['h1', 'input[name=xd]', 'input[name=xy]', 'button[value="continue"]'] },
    { path: 'q/postcode/', controls: ['h1', 'input[name=xv]', 'button[value="continue"]'] },
    { path: 'check/', controls: ['h1', '.summary-row >> nth=0'], seed: ALL_GROUPS },
    { path: 'results/', controls: ['h1', 'article[data-card] >> nth=0', 'article[data-card] a.button >> nth=0', 'details.ruled-out > summary >> nth=0'], seed: ALL_GROUPS },
    { path: 'checklist/ceseda-l423-7/', controls: ['h1', '.ck-items >> nth=0'], seed: ALL_GROUPS },
  ];
  const found: string[] = [];
  for (const lang of ['fr', 'ar'] as const) {
    for (const c of checks) {
      if (c.seed) await seed(page, c.seed, lang);
      await page.goto(`/${lang}/${c.path}`);
      await expect(page.locator(c.controls[0]!)).toBeVisible();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const { sw, cw } = await page.evaluate(() => ({ sw: document.scrollingElement!.scrollWidth, cw: document.scrollingElement!.clientWidth }));
      if (sw > cw + 1) {
        const wide = await page.evaluate((cw) => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > cw + 1 || e.getBoundingClientRect().left < -1).slice(-3).map((e) => `${e.tagName.toLowerCase()}.${(e as HTMLElement).className}`).join(', '), cw);
        found.push(`${lang}/${c.path}: scrollWidth ${sw} > ${cw} (${wide})`);
      }
      for (const sel of c.controls) {
        const el = page.locator(sel);
        await el.scrollIntoViewIfNeeded();
        if (!(await el.isVisible())) found.push(`${lang}/${c.path}: ${sel} not visible`);
        const box = await el.boundingBox();
        if (box && (box.x < -1 || box.x + box.width > cw + 1)) found.push(`${lang}/${c.path}: ${sel} off screen (${Math.round(box.x)}..${Math.round(box.x + box.width)})`);
      }
    }
  }
  expect(found).toEqual([]);
});

const CSP_DIRECTIVES = ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"];

test('privacy: a whole walk and a print ask nothing of any host but 127.0.0.1; no cookie; CSP on every page type', async ({ page, context }) => {
  test.slow(); // many pages or axe runs: three times the configured timeout
  await page.clock.setFixedTime(new Date(AS_OF));
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1') return route.continue();
    blocked.push(u.href);
    return route.abort('blockedbyclient');
  });
  const sc = scenarioById('P02');
  await page.goto('/en/');
  await page.locator('a.button-start').click();
  await walkQuestions(page, sc);
  await page.locator('a[href="/en/results/"]').click();
  await page.waitForURL('**/en/results/');
  await page.locator(`article[data-card="${sc.expectCard}"] a[href$="/checklist/${sc.expectCard}/"]`).click();
  await page.waitForURL(`**/en/checklist/${sc.expectCard}/`);
  await expect(page.locator('.ck-place')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
  expect(blocked, 'requests to other hosts').toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  for (const lang of LANGS) {
    for (const p of PAGE_TYPES) {
      await page.goto(`/${lang}/${p.path}`);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      for (const d of CSP_DIRECTIVES) expect(csp, `${lang} ${p.name}`).toContain(d);
    }
  }
  await page.goto('/');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
  expect(blocked).toEqual([]);
});

test('"Erase my answers" after a walk leaves localStorage, sessionStorage and cookies empty (ar)', async ({ page, context }) => {
  await page.clock.setFixedTime(new Date(AS_OF));
  await seed(page, ALL_GROUPS, 'ar');
  await page.goto('/ar/results/');
  await expect(page.locator('article[data-card]').first()).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('probe', '1'));
  await page.locator('.button-erase').click();
  await page.locator('dialog .button-danger').click();
  await page.waitForURL(/\/ar\/$/);
  await page.waitForLoadState('load');
  // sessionStorage keeps only the random mark that makes pages restored by Back reload (ForgetOnRestore).
  expect(await page.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage), cookie: document.cookie }))).toEqual({ local: 0, session: ['sesame.erased'], cookie: '' });
  expect(await context.cookies()).toEqual([]);
});

test.describe('layout stability', () => {
  // The service worker would serve the scripts from its cache, out of reach of the delay below.
  test.use({ serviceWorkers: 'block' });
  test('no layout shift in view while a page reads the device (every page type, with and without saved answers, fr and ar)', async ({ page }) => {
    test.slow(); // many pages or axe runs: three times the configured timeout
    // Layout shifts of the whole load, read from the browser's own record (the figure Lighthouse calls CLS).
    // Every shift counts: nothing is tapped here (Chromium marks shifts after page.goto as following an input).
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[])
          (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow phone: the static HTML paints well before the scripts arrive and read the saved answers.
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    const found: string[] = [];
    for (const lang of ['fr', 'ar']) {
      for (const p of PAGE_TYPES) {
        for (const answers of p.seed ? [p.seed, null] : [null]) {
          if (answers) await seed(page, answers, lang);
          else {
            await page.goto(`/${lang}/`);
            await page.evaluate(() => localStorage.clear());
          }
          await page.goto(`/${lang}/${p.path}`);
          await expect(page.locator('h1').first()).toBeVisible();
          await expect(page.locator('.loading')).toHaveCount(0);
          // Every (delayed) script loaded and two frames painted since: a shift the load causes is recorded by then.
          await page.waitForLoadState('load');
          await settled(page);
          const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
          if (shift > 0.01) found.push(`${lang} ${p.name}${answers ? '' : ' (no answers)'}: ${shift.toFixed(3)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
