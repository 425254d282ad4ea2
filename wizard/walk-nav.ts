'use client';
/** After a page is saved: the next page of the walk (nextScreen, from the worker), or back where the person came from. */
import { useRouter } from 'next/navigation';
import type { Situation } from '../rules/situation';
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

/** The back link: where the person came from, the page before (from the worker), or the start page. */
export function backHref(lang: string, from: string | undefined, previous: string | undefined): string {
  if (from) return `/${lang}/${from}/`;
  return previous ? `/${lang}/q/${previous}/` : `/${lang}/`;
}
