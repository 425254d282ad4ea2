/**
 * Print to PDF: seed a public scenario's answers, open its checklist, emulate print, save an A4
 * PDF in artifacts/print/ (outside test-results/, which Playwright empties), render page 1 to PNG
 * (pdftoppm -r 60) for a human to look at, and check the PDF text with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { evaluate, parseSituation } from '../rules';
import { SCENARIOS } from './print-scenarios';

const OUT = join(process.cwd(), 'artifacts', 'print');
mkdirSync(OUT, { recursive: true });

/** French document names, from every French locale file (what the préfecture column prints). */
function frenchDocNames(): Record<string, string> {
  const dir = join(process.cwd(), 'locales', 'fr');
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const docs = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { documents?: Record<string, { name?: string } | string> }).documents ?? {};
    for (const [id, v] of Object.entries(docs)) out[id] ??= typeof v === 'string' ? v : (v.name ?? '');
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();

for (const sc of SCENARIOS) {
  test(`${sc.id} ${sc.lang}: checklist prints as a clean A4 PDF`, async ({ page }) => {
    const parsed = parseSituation(sc.answers);
    expect(parsed.ok, 'scenario answers fit the schema').toBe(true);
    await page.clock.setFixedTime(new Date(sc.clock));
    await page.addInitScript((saved) => window.localStorage.setItem('sesame.answers', saved), JSON.stringify({ version: 1, savedAt: '2026-11-22T10:00:00.000Z', answers: sc.answers }));
    await page.goto(`/${sc.lang}/checklist/${sc.cardId}/`);
    await expect(page.locator('.ck-items').first()).toBeVisible();
    // The filing place comes from the saved postcode (fetched JSON, same origin).
    await expect(page.locator('.ck-place')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pdfPath = join(OUT, `${sc.id}-${sc.lang}.pdf`);
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: false, preferCSSPageSize: true });

    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(OUT, `${sc.id}-${sc.lang}`)]);
    const text = squash(execFileSync('pdftotext', ['-raw', pdfPath, '-']).toString('utf8'));

    // Legal basis and every document of this person, in French, on the persona's date (the page's clock).
    const ev = parsed.ok ? evaluate(parsed.situation, { asOf: sc.asOf }) : null;
    const result = ev?.results.find((r) => r.id === sc.cardId);
    expect(result).toBeTruthy();
    for (const b of result!.legalBasis) expect(text).toContain(b);
    const names = frenchDocNames();
    for (const id of result!.documents) {
      const name = names[id];
      if (name) expect(text, `document ${id}`).toContain(squash(name));
    }
    for (const e of sc.expect) expect(text).toContain(e);
    // No raw keys, no placeholders, no screen-only controls.
    expect(text).not.toMatch(/checklist\.|documents\.|undefined|\{\{/);
    expect(text).not.toContain(sc.lang === 'fr' ? 'Imprimer ou enregistrer' : 'Print or save');
    if (sc.lang === 'ar') expect(text).toMatch(/[\u0600-\u06FF]/);
  });
}

test('letters: the non-digital-alternative letter prints in French with its references', async ({ page }) => {
  const sc = SCENARIOS[1]!;
  await page.clock.setFixedTime(new Date(sc.clock));
  await page.addInitScript((saved) => window.localStorage.setItem('sesame.answers', saved), JSON.stringify({ version: 1, savedAt: '2026-11-22T10:00:00.000Z', answers: sc.answers }));
  await page.goto(`/en/letters/${sc.cardId}/?kind=non-digital-alternative`);
  await page.getByLabel('Full name').fill('Moussa Traoré');
  await expect(page.locator('.ck-place')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdfPath = join(OUT, 'letter-en.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(OUT, 'letter-en')]);
  const text = squash(execFileSync('pdftotext', ['-raw', pdfPath, '-']).toString('utf8'));
  for (const s of ['Moussa Traoré', 'Préfecture de la Seine-Saint-Denis', 'R431-2', 'n° 422516', 'n° 452798', 'n° 461694', 'L423-7']) expect(text).toContain(s);
  expect(text).not.toContain('Full name');
});
