/**
 * Issue 16: the letters form (components/letters/LetterBuilder.tsx) is a react-hook-form form with its own zod
 * schema (letter-schema.ts). At 375 px in French and Arabic: a wrong postcode is said under its field when the
 * field is left (aria-describedby, aria-invalid), "Print" focuses it instead of printing; digits typed on an
 * Arabic keyboard are written 0–9 in the French letter; an attempt dated after today is refused, not dropped
 * silently; axe passes with the errors shown.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';
import { expect, test } from '@playwright/test';

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const FIELDS = { postcode: 2, phone: 5 }; // TEXT_FIELDS order in letter-schema.ts

for (const lang of ['fr', 'ar'] as const) {
  test(`letters form in ${lang}: errors under their fields, print focuses the first, digits written 0-9, axe clean`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
    await page.goto(`/${lang}/letters/ceseda-l435-4/`);
    const form = page.locator('.lt-form');
    await expect(form).toBeVisible();
    let printed = 0;
    await page.exposeFunction('__printed', () => printed++);
    await page.evaluate(() => {
      window.print = () => void (window as unknown as { __printed: () => void }).__printed();
    });
    const postcode = form.locator(`input[name="xt${FIELDS.postcode}"]`);
    const phone = form.locator(`input[name="xt${FIELDS.phone}"]`);
    await postcode.fill('750');
    await phone.fill('٠٦ ١٢ ٣٤ ٥٦ ٧٨'); // a valid phone typed with Arabic-Indic digits
    await phone.blur();
    const error = form.locator('.lt-field.field-error .error-message');
    await expect(error).toHaveCount(1);
    await expect(error).toContainText(lang === 'fr' ? 'code postal français de 5 chiffres' : 'رمزًا بريديًا');
    await expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(await postcode.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    // Print: the first error takes the focus, nothing printed; the typed text is kept.
    await page.locator('.ck-actions .button-primary').click();
    await expect(postcode).toBeFocused();
    expect(printed).toBe(0);
    await expect(postcode).toHaveValue('750');
    // An attempt after today: said under the date field, not added.
    const attempt = form.locator('input[name="xa"]');
    await attempt.fill('2026-12-25');
    await form.locator('.lt-attempts .button-secondary').click();
    await expect(form.locator('.lt-attempts .error-message')).toBeVisible();
    await expect(form.locator('.lt-attempts li')).toHaveCount(0);
    const r = await axe(page, '.lt-form');
    expect(r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `forms-letters-${lang}-error.png`), fullPage: true });
    // Corrected: the letter carries 0-9 digits; the attempt is added; Print prints.
    await postcode.fill('69003');
    await attempt.fill('2026-11-20');
    await form.locator('.lt-attempts .button-secondary').click();
    await expect(form.locator('.lt-attempts li')).toHaveCount(1);
    await expect(page.locator('.lt-letter .lt-sender')).toContainText('06 12 34 56 78');
    await expect(page.locator('.lt-letter .lt-sender')).toContainText('69003');
    await page.locator('.ck-actions .button-primary').click();
    await expect.poll(() => printed).toBe(1);
    await expect(form.locator('.error-message')).toHaveCount(0);
  });
}
