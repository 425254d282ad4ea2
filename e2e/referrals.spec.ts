/**
 * Referrals on the results page (rules/referrals.ts): a situation Sésame cannot assess, pointed to by the
 * answers, shows right after the red flags; the general ones sit closed at the end. P04 (Senegalese adult
 * on dialysis) who has lived in France for under a year: the APS for care referral ('aps-care').
 * Also writes 375 px screenshots of the results page to screenshots/ (fr, ar) for a visual check.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';
import { expect, test } from '@playwright/test';
import { AS_OF, type Answer, scenarioById } from './scenarios';
import { seed } from './walk';

test.use({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

const SHOTS = join(process.cwd(), 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const P04 = scenarioById('P04');
/** P04, arrived in June 2026: under a year of residence on AS_OF, so L425-9 is out of reach and the APS route is a referral. */
const P04_SHORT: Record<string, Answer> = { ...P04.answers, entryDate: '2026-06-01', habitualResidenceSince: '2026-06-01' };
const title = (lang: string, id: string): string =>
  JSON.parse(readFileSync(join(process.cwd(), 'locales', lang, 'referrals.json'), 'utf8')).referrals[id].title;

for (const lang of ['fr', 'ar'] as const) {
  test(`P04 with a short residence and an illness: the 'aps-care' referral after the alerts, general ones closed at the end (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    await seed(page, P04_SHORT, lang);
    await page.goto(`/${lang}/results/`);
    const aps = page.locator('section.referrals [data-referral="aps-care"]');
    await expect(aps).toBeVisible();
    await expect(aps.locator('h3')).toContainText(title(lang, 'aps-care'));
    await expect(aps).toHaveClass(/referral-referral/);
    // Before any title group, and the general ones in a closed list after them.
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('section.referrals, .result-group, details.referrals-general')];
      return all.map((e) => (e.matches('section.referrals') ? 'answers' : e.matches('details') ? 'general' : 'group'));
    });
    expect(order[0]).toBe('answers');
    expect(order.at(-1)).toBe('general');
    const general = page.locator('details.referrals-general');
    await expect(general).not.toHaveAttribute('open', /.*/);
    await expect(general.locator('[data-referral="eu-long-term-resident"]')).toBeHidden();
    await general.locator('summary').click();
    await expect(general.locator('[data-referral="eu-long-term-resident"] h3')).toContainText(title(lang, 'eu-long-term-resident'));
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const r = await axe(page);
    expect(r.violations.map((v) => v.id)).toEqual([]);
  });
}

/** Screenshots (not assertions): the results of P04 with a short stay, and of a person with a title in every group and a red flag. */
const P02 = scenarioById('P02');
const MANY: Record<string, Answer> = {
  ...P02.answers, prostitutionExitProgramme: true, ownSeriousIllness: true,
  removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-11-10', detention: 'free',
};
for (const lang of ['fr', 'ar'] as const) {
  test(`results at 375 px, screenshots (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(AS_OF));
    for (const [name, answers] of [['p04-short', P04_SHORT], ['every-group', MANY]] as const) {
      await seed(page, answers, lang);
      await page.goto(`/${lang}/results/`);
      await expect(page.locator('.result-card, .title-row').first()).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `results-${name}-${lang}-top.png`) });
      const parts = { alerts: '.alerts', referrals: 'section.referrals', card: '.result-group .result-card:visible, .result-group .title-row', closed: '.results-page > details', general: 'details.referrals-general' };
      for (const [part, selector] of Object.entries(parts)) {
        const el = page.locator(selector).first();
        if (!(await el.count())) continue;
        if (part === 'general') await el.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        await el.screenshot({ path: join(SHOTS, `results-${name}-${lang}-${part}.png`) });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no horizontal scroll at 375 px').toBeLessThanOrEqual(0);
    }
  });
}
