/**
 * Walking the wizard for e2e/offline.spec.ts and e2e/quality.spec.ts: answer one question the way a
 * person would (click or keyboard), walk a public scenario's answer table to the check page, seed
 * saved answers. A question missing from the table fails the walk.
 */
import { expect, type Page } from '@playwright/test';
import { FACTS, SCHEMA_VERSION, type FactId } from '../rules';
import type { Answer, Scenario } from './scenarios';

export const STORAGE_KEY = 'sesame.answers';

export async function answer(page: Page, factId: FactId, value: Answer) {
  const input = FACTS[factId].input;
  const form = page.locator('form.question-form');
  if (value === 'dont-know' && input.kind !== 'yes-no' && input.kind !== 'choice') {
    await form.locator('button[value="dont-know"]').click();
    return;
  }
  switch (input.kind) {
    case 'yes-no':
      await form.locator(`input[type=radio][value="${value === true ? 'yes' : value === false ? 'no' : value}"]`).check();
      break;
    case 'choice':
      await form.locator(`input[type=radio][value="${value}"]`).check();
      break;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await form.locator('input[name=xd]').fill(String(Number(d)));
      await form.locator('input[name=xm]').fill(String(Number(m)));
      await form.locator('input[name=xy]').fill(y!);
      break;
    }
    case 'number':
    case 'postcode':
      await form.locator('input[name=xv]').fill(String(value));
      break;
  }
  await form.locator('button[value="continue"]').click();
}

/** From the current question page to the check page; returns the facts asked, in order. */
export type Answerer = (page: Page, factId: FactId, value: Answer) => Promise<void>;

export async function walkQuestions(page: Page, sc: Scenario, answerWith: Answerer = answer): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 150; i++) {
    await page.waitForURL(/\/(q\/[A-Za-z0-9]+|check)\/$/);
    const path = new URL(page.url()).pathname;
    if (path.endsWith('/check/')) return asked;
    const factId = path.split('/')[3] as FactId;
    expect(Object.keys(sc.answers), `${sc.id}: unexpected question "${factId}" after ${asked.join(', ')}`).toContain(factId);
    expect(asked, `${factId} asked twice`).not.toContain(factId);
    asked.push(factId);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.progress')).toContainText(/\p{Nd}/u); // any script's digits (Dari ۰–۹, Bengali ০–৯)
    await answerWith(page, factId, sc.answers[factId]!);
    await page.waitForURL((u) => u.pathname !== path);
  }
  throw new Error('the walk did not end');
}

/** Saved answers as the wizard writes them (the page must be on the site's origin). */
export async function seed(page: Page, answers: Record<string, Answer>, lang = 'fr') {
  if (!page.url().startsWith('http')) await page.goto(`/${lang}/`);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [STORAGE_KEY, JSON.stringify({ version: SCHEMA_VERSION, savedAt: '2026-11-22T10:00:00Z', answers })] as const,
  );
}
