/**
 * The JS budgets of README's performance table, checked on every build (the figures drifted over 170 KiB once,
 * unnoticed, when the rules bundle began to carry a list of locale keys). Cheap phones on slow networks are the
 * users: the question pages, the ones a person taps through, have the tightest budget.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
// @ts-expect-error plain ES module without types (also run by `node scripts/js-size.mjs`)
import { jsSizes } from '../scripts/js-size-lib.mjs';

const OUT = join(process.cwd(), 'out');
const QUESTION_PAGE_KIB = 170;
const OTHER_PAGE_KIB = 250;

test('question pages load at most 170 KiB of JS (gzip), every other page under 250 KiB', () => {
  const rows = jsSizes(OUT) as [number, string][];
  const questions = rows.filter(([, p]) => /^[a-z]+\/q\//.test(p));
  expect(questions.length).toBeGreaterThan(100);
  const heavyQuestions = questions.filter(([k]) => k > QUESTION_PAGE_KIB).map(([k, p]) => `${k.toFixed(1)} ${p}`);
  expect(heavyQuestions.slice(0, 5), `${heavyQuestions.length} question pages over ${QUESTION_PAGE_KIB} KiB`).toEqual([]);
  const heavy = rows.filter(([k]) => k >= OTHER_PAGE_KIB).map(([k, p]) => `${k.toFixed(1)} ${p}`);
  expect(heavy.slice(0, 5)).toEqual([]);
});
