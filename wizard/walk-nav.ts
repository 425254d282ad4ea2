'use client';
/** After a page is saved: the next page of the walk (nextScreen, from the worker), or back where the person came from. */
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Situation } from '../rules/situation';
import { saveAnswers } from './answers';
import { todayIso } from './dates';
import { handOverScreen, remainingQuestions } from './engine-client';
import type { Remaining } from './engine-protocol';
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

/**
 * The worker's answer for the page `pageId` once the saved answers are read: the questions still open (progress
 * line), the page before (back link), the screen. null until it has answered, or when it failed.
 */
export function useRemaining(ready: boolean, answers: Situation, pageId: string): Remaining | null {
  const [remaining, setRemaining] = useState<Remaining | null>(null);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    remainingQuestions(answers, todayIso(), pageId).then(
      (r) => alive && setRemaining(r),
      () => alive && setRemaining(null),
    );
    return () => {
      alive = false;
    };
  }, [ready, answers, pageId]);
  return remaining;
}
