/**
 * Dari (/prs/, fa-AF), Pashto (/ps/) and Bengali (/bn/) at 375 × 812 (issue 17): a public scenario walked from the
 * start page to the results and the printed bilingual checklist, typing every date, number and postcode in the
 * language's own digits (۱۹۹۲, ১৯৯২). Checks: <html lang dir> from the language table, the "not reviewed yet" notice,
 * dates in the Gregorian calendar and the language's digits, the PDF in French plus the language with a real font
 * for its script (pdffonts), and screenshots plus the PDF's first page (pdftoppm) in artifacts/languages/ for a
 * person to look at. axe on every page type in these languages: e2e/quality.spec.ts (it loops over the table).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FACTS } from '../rules';
import { LANGUAGES, localDigits, type Lang } from '../locales/languages';
import { AS_OF, scenarioById } from './scenarios';
import { answer, inputName, walkQuestions, type Answerer } from './walk';

test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const OUT = join(process.cwd(), 'artifacts', 'languages');
mkdirSync(OUT, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

/** The script each language must print in, and the font family pdffonts must show for it. */
const SCRIPT: Partial<Record<Lang, { letters: RegExp; digits: RegExp; font: RegExp }>> = {
  prs: { letters: /[\u0600-\u06ff]/, digits: /[\u06f0-\u06f9]/, font: /Arab|Naskh|DejaVu/i },
  ps: { letters: /[ټډړږښګڼۍې]/, digits: /[\u06f0-\u06f9]/, font: /Arab|Naskh|DejaVu/i },
  bn: { letters: /[\u0980-\u09ff]/, digits: /[\u09e6-\u09ef]/, font: /Bengali|Beng|Lohit/i },
};

const JOURNEYS: { lang: Lang; id: string }[] = [
  { lang: 'prs', id: 'P02' },
  { lang: 'ps', id: 'P04' },
  { lang: 'bn', id: 'P02' },
];

/** Answers like walk.ts, but every digit typed in the language's own digits. */
function nativeAnswerer(lang: Lang, shots: Set<string>): Answerer {
  return async (page, factId, value, on) => {
    const input = FACTS[factId].input;
    if (!shots.has(input.kind)) {
      shots.add(input.kind);
      await shot(page, `${lang}-question-${input.kind}`);
    }
    await answer(page, factId, value, on, (s) => localDigits(s, lang));
  };
}

for (const { lang, id } of JOURNEYS) {
  test(`${id} in ${lang} at 375 px: start → questions in the language's digits → results → printed bilingual checklist`, async ({ page }) => {
    test.slow(); // many pages or axe runs: three times the configured timeout
    // The persona's answers; "I don't know" where it is silent (e2e/walk.ts). The expected card and group are
    // asserted, so an answer that changed them would fail.
    const sc = scenarioById(id);
    const row = LANGUAGES[lang];
    const script = SCRIPT[lang]!;
    await page.clock.setFixedTime(new Date(AS_OF));

    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', row.htmlLang);
    await expect(page.locator('html')).toHaveAttribute('dir', row.dir);
    // Until a native-speaking legal volunteer's review is recorded in the language table.
    await expect(page.locator('.review-notice')).toBeVisible();
    await expect(page.locator('h1')).toHaveText(script.letters);
    await shot(page, `${lang}-start`);
    await page.locator('a.button-start').click();

    const asked = await walkQuestions(page, sc, nativeAnswerer(lang, new Set()));
    expect(asked.length).toBeGreaterThan(3);
    // A date typed in the language's digits was read: the check page shows it back, Gregorian, in those digits.
    await expect(page.locator('.summary-row').first()).toBeVisible();
    await expect(page.locator('main')).toContainText(localDigits(sc.answers.birthDate!.toString().slice(0, 4), lang));
    await shot(page, `${lang}-check`);

    await page.locator(`a[href="/${lang}/results/"]`).first().click();
    await page.waitForURL(`**/${lang}/results/`);
    const card = page.locator(`section[aria-labelledby="${sc.expectGroup}"] article[data-card="${sc.expectCard}"]`);
    await expect(card).toBeVisible();
    for (const basis of sc.expectBasis) await expect(card.locator('bdi.basis-ref', { hasText: basis })).toHaveCount(1);
    // Gregorian year in the language's digits (fa-AF and ps would say ۱۴۰۵ in the Persian calendar).
    await expect(page.locator('p.lead').first()).toContainText(localDigits(AS_OF.slice(0, 4), lang));
    await expect(page.locator('p.lead').first()).toHaveText(script.digits);
    await shot(page, `${lang}-results`);

    await card.locator(`a[href$="/checklist/${sc.expectCard}/"]`).click();
    await expect(page.locator('.ck-items').first()).toBeVisible();
    await expect(page.locator(`.ck-col-mine[lang="${row.htmlLang}"]`).first()).toHaveAttribute('dir', row.dir);
    await shot(page, `${lang}-checklist`);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, `${id}-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(OUT, `${id}-${lang}-pdf`)]);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString('utf8');
    expect(text).toContain(sc.expectBasis[0]!);
    expect(text).toContain('Passeport'); // the French column, for the préfecture
    expect(text).toMatch(script.letters); // and the person's language beside it
    expect(text).not.toMatch(/checklist\.|documents\.|undefined|\{\{/);
    // A real font for the script was embedded (a missing one would print boxes).
    expect(execFileSync('pdffonts', [pdf]).toString('utf8')).toMatch(script.font);
  });
}

test('digits typed in Persian or Bengali are read as 0–9 on a question page', async ({ page }) => {
  await page.goto('/bn/q/birthDate/');
  await page.locator(`input[name="${inputName('birthDate', 'day', 'question')}"]`).fill('২৭');
  await page.locator(`input[name="${inputName('birthDate', 'month', 'question')}"]`).fill('৩');
  await page.locator(`input[name="${inputName('birthDate', 'year', 'question')}"]`).fill('১৯৯০');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/birthDate/'));
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sesame.answers')!).answers.birthDate)).toBe('1990-03-27');
  await page.goto('/prs/q/postcode/');
  await page.locator(`input[name="${inputName('postcode', 'value', 'question')}"]`).fill('۶۹۰۰۳');
  await page.locator('button[value="continue"]').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/postcode/'));
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sesame.answers')!).answers.postcode)).toBe('69003');
});

test('every start page and the root page name each language in itself, with its lang and dir', async ({ page }) => {
  await page.goto('/');
  for (const [code, row] of Object.entries(LANGUAGES)) {
    const link = page.locator(`a[href="/${code}/"]`);
    await expect(link).toHaveText(row.name);
    await expect(link).toHaveAttribute('lang', row.htmlLang);
  }
  await shot(page, 'root');
});
