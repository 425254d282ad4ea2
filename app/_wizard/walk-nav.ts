'use client';
/** After a page is saved: the next page of the walk (nextScreen, from the worker), or back where the person came from. */
import { useRouter } from 'next/navigation';
import type { FactId } from '../../rules/facts';
import { screenOfFact } from '../../rules/screen-specs';
import type { Situation } from '../../rules/situation';
import { saveAnswers } from './answers';
import { todayIso } from './dates';
import { handOverScreen, remainingQuestions } from './engine-client';
import { useFrom } from './nav';

export function useSaveAndGo(lang: string) {
  const router = useRouter();
  const from = useFrom();
  return async (merged: Situation) => {
    saveAnswers(merged);
    if (from) return router.push(`/${lang}/${from}/`);
    const { next } = await remainingQuestions(merged, todayIso());
    handOverScreen(next);
    router.push(next ? `/${lang}/q/${next.id}/` : `/${lang}/check/`);
  };
}

/** The page before this one: the page of the answer given just before this page's first answer. */
export function previousPageHref(lang: string, answers: Situation, pageFacts: readonly FactId[], from: string | undefined): string {
  if (from) return `/${lang}/${from}/`;
  const keys = (Object.keys(answers) as FactId[]).filter((k) => k !== ('residencePeriods' as FactId));
  const here = keys.findIndex((k) => pageFacts.includes(k));
  const before = (here === -1 ? keys : keys.slice(0, here)).filter((k) => !pageFacts.includes(k));
  const prev = before.at(-1);
  if (!prev) return `/${lang}/`;
  return `/${lang}/q/${screenOfFact(prev)?.id ?? prev}/`;
}
