/**
 * Walking the wizard for the e2e specs: answer one question the way a person would (click or keyboard), walk
 * a public scenario's answers (its persona file, e2e/scenarios.ts) to the check page through the screens of issue 14
 * (a page of one question, of up to three fields, or a checklist), seed saved answers. As in tests/helpers/walks.ts
 * (the vitest model of this walk, and the bench): a question the answers are silent on gets "I don't know" where
 * the wizard offers it, else the walk fails naming it; a checklist whose every box is silent gets "I don't know"
 * when each box offers it, otherwise the boxes the answers do not tick are left unticked ("None of these" when
 * none is ticked).
 */
import { expect, type Page } from '@playwright/test';
import { FACTS, SCHEMA_VERSION, type FactId } from '../rules';
import type { Answer, Scenario } from './scenarios';
import { DATE_PART_NAMES, VALUE_NAME, privateName } from '../wizard/keys';

export const STORAGE_KEY = 'sesame.answers';

/**
 * Where a fact's inputs are: opaque names (issue 15, wizard/keys.ts) — on a one-question page the shared
 * ones (answer, xd/xm/xy, xv), on a screen of several facts the fact's own private name.
 */
export type On = 'question' | 'screen';
export const inputName = (factId: FactId, part: 'answer' | 'day' | 'month' | 'year' | 'value', on: On) =>
  on === 'question'
    ? part === 'answer' ? 'answer' : part === 'value' ? VALUE_NAME : DATE_PART_NAMES[part]
    : part === 'answer' || part === 'value' ? privateName(factId) : `${privateName(factId)}-${part[0]}`;

/** Fills one fact's field; on a one-question page, also taps Continue (or "I don't know"). */
/** `typed` turns what is typed into what a person of the page's language types (e.g. its own digits). */
export async function answer(page: Page, factId: FactId, value: Answer, on: On = 'question', typed: (s: string) => string = (s) => s) {
  const input = FACTS[factId].input;
  const form = page.locator('form.question-form');
  const scope = on === 'question' ? form : form.locator(`[data-fact="${factId}"]`);
  if (value === 'dont-know' && input.kind !== 'yes-no' && input.kind !== 'choice') {
    if (on === 'question') await form.locator('button[value="dont-know"]').click();
    else await scope.locator(`input[name="${privateName(factId)}-dk"]`).check();
    return;
  }
  switch (input.kind) {
    case 'yes-no':
      await scope.locator(`input[type=radio][value="${value === true ? 'yes' : value === false ? 'no' : value}"]`).check();
      break;
    case 'choice':
      await scope.locator(`input[type=radio][value="${value}"]`).check();
      break;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await scope.locator(`input[name="${inputName(factId, 'day', on)}"]`).fill(typed(String(Number(d))));
      await scope.locator(`input[name="${inputName(factId, 'month', on)}"]`).fill(typed(String(Number(m))));
      await scope.locator(`input[name="${inputName(factId, 'year', on)}"]`).fill(typed(y!));
      break;
    }
    case 'number':
    case 'postcode':
      await scope.locator(`input[name="${inputName(factId, 'value', on)}"]`).fill(typed(String(value)));
      break;
  }
  if (on === 'question') await form.locator('button[value="continue"]').click();
}

const positive = (v: Answer | undefined) => v === true || (typeof v === 'string' && v !== 'none' && v !== 'dont-know');

/** A checklist: tick what the table says applies (its option under a choice), else "I don't know" when the table is silent on every box, else "None". */
export async function answerChecklist(page: Page, facts: FactId[], table: Record<string, Answer>) {
  const form = page.locator('form.question-form');
  const ticked = facts.filter((f) => positive(table[f]));
  const silent = facts.every((f) => table[f] === undefined || table[f] === 'dont-know');
  const dk = form.locator('#checklist-dontknow');
  if (ticked.length === 0) {
    if (silent && facts.every((f) => FACTS[f].dontKnow) && (await dk.count())) await dk.check();
    else await form.locator('#checklist-none').check();
  }
  for (const f of ticked) {
    await form.locator(`#checklist-${f}`).check();
    if (FACTS[f].input.kind === 'choice') await form.locator(`.reveal input[name="${privateName(f)}"][value="${table[f]}"]`).check();
  }
}

/** Fills one fact (on a one-question page: and submits it). */
export type Answerer = (page: Page, factId: FactId, value: Answer, on: On) => Promise<void>;

export interface WalkOptions {
  answerWith?: Answerer;
  /** Submits a screen of several facts (default: a tap on Continue). */
  submitScreen?: (page: Page) => Promise<void>;
  /** Called on each page before it is answered (screenshots). */
  onPage?: (page: Page, id: string, facts: FactId[]) => Promise<void>;
}

/** From the current question page to the check page; returns the pages walked, each as its facts. */
export async function walkQuestions(page: Page, sc: Scenario | Record<string, Answer>, options: WalkOptions | Answerer = {}): Promise<string[]> {
  const opts: WalkOptions = typeof options === 'function' ? { answerWith: options } : options;
  const answerWith = opts.answerWith ?? answer;
  const table: Record<string, Answer> = 'answers' in sc && typeof sc.answers === 'object' ? (sc as Scenario).answers : (sc as Record<string, Answer>);
  const label = 'id' in sc ? String(sc.id) : 'walk';
  /** The answer to a fact: the table's, else "I don't know" where the question offers it (never a made-up "no"). */
  const valueOf = (f: FactId): Answer => {
    if (table[f] !== undefined) return table[f]!;
    expect(FACTS[f].dontKnow, `${label}: the answers are silent on "${f}" and it offers no "I don't know" (asked after ${asked.join(', ')})`).toBe(true);
    return 'dont-know';
  };
  const pages: string[] = [];
  const asked: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.waitForURL(/\/(q\/[A-Za-z0-9-]+|check)\/$/);
    const path = new URL(page.url()).pathname;
    expect(new URL(page.url()).search, 'no answer in the address').toBe('');
    if (path.endsWith('/check/')) return pages;
    const id = path.split('/')[3]!;
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.progress')).toContainText(/\p{Nd}/u); // any script's digits (Dari ۰–۹, Bengali ০–৯)
    if (id.startsWith('s-')) {
      const form = page.locator(`form[data-screen="${id}"]`);
      await expect(form).toBeVisible();
      const checklist = (await form.locator('.checkboxes').count()) > 0;
      const facts = checklist
        ? ((await form.locator('input[name=ticked]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).filter((v) => v !== 'none' && v !== 'dont-know') as FactId[])
        : ((await form.locator('[data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')))) as FactId[]);
      await opts.onPage?.(page, id, facts);
      if (checklist) await answerChecklist(page, facts, table);
      else {
        // Fields appear as earlier answers call for them: answer in order, reading the page again after each.
        const done = new Set<string>();
        for (let k = 0; k < 6; k++) {
          const now = (await form.locator('[data-fact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')))) as FactId[];
          const todo = now.filter((f) => !done.has(f));
          if (todo.length === 0) break;
          for (const f of todo) {
            done.add(f);
            await answerWith(page, f, valueOf(f), 'screen');
          }
        }
        facts.splice(0, facts.length, ...([...done] as FactId[]));
      }
      for (const f of facts) expect(asked, `${f} asked twice`).not.toContain(f);
      asked.push(...facts);
      pages.push(id);
      await (opts.submitScreen ?? ((p: Page) => p.locator('form.question-form button[value="continue"]').click()))(page);
    } else {
      const factId = id as FactId;
      expect(asked, `${factId} asked twice`).not.toContain(factId);
      const value = valueOf(factId);
      await opts.onPage?.(page, id, [factId]);
      asked.push(factId);
      pages.push(id);
      await answerWith(page, factId, value, 'question');
    }
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
