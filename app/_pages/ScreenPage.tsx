'use client';
/**
 * A page of several facts (issue 14): the screen handed over by the previous page (nextScreen, computed by the
 * worker when it was saved) or, on a reload or a back link, rebuilt from the answers by the worker. Saves
 * every fact of the page at once, then goes to the next screen.
 */
import Link from 'next/link';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { FACTS, type FactId } from '../../rules/facts';
import type { Screen } from '../../rules/screen-specs';
import { parseSituation, type Situation } from '../../rules/situation';
import { ScreenForm, type ScreenErrors } from '../../components/ScreenForm';
import { StorageNotice } from '../../components/StorageNotice';
import { useAnswers } from '../../wizard/answers';
import { todayIso } from '../../wizard/dates';
import { takeHandedOver } from '../../wizard/engine-client';
import { isYearlyPay, YEARLY_PAY_CHECK } from '../../wizard/input';
import { useFrom } from '../../wizard/nav';
import { readScreen, type ErrorKey } from '../../wizard/screen-answers';
import { backHref, useRemaining, useSaveAndGo } from '../../wizard/walk-nav';

// Only for a yearly pay under €3,000: loaded when needed.
const PerMonthCheck = lazy(() => import('../../components/PerMonthCheck').then((m) => ({ default: m.PerMonthCheck })));

export function ScreenPage({ lang, screenId, initialScreen }: { lang: string; screenId: string; initialScreen: Screen }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const from = useFrom();
  const go = useSaveAndGo(lang);
  const [screen, setScreen] = useState<Screen | null>(() => takeHandedOver(screenId));
  const remaining = useRemaining(ready, answers, screenId);
  const left = remaining?.left ?? null;
  // The first screen the worker gives stays the page's (a later answer does not rebuild the form under the reader).
  if (!screen && remaining?.screen) setScreen(remaining.screen);
  const [errors, setErrors] = useState<ScreenErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [perMonth, setPerMonth] = useState<{ merged: Situation; fact: FactId; value: number } | null>(null);

  // The build-time screen (what a first visit with nothing saved shows) is in the static HTML, so the page does
  // not move when the scripts arrive; with saved answers, the worker's screen replaces it.
  const shown = screen ?? initialScreen;
  const answered = Object.keys(answers).length;

  const errorText = (fact: FactId | '_checklist', key: ErrorKey) => {
    if (key === 'checklist' || key === 'which') return t(`screens.errors.${key}`);
    const input = fact === '_checklist' ? undefined : FACTS[fact].input;
    return t(`ui.errors.${key}`, input?.kind === 'number' ? { min: input.min, max: input.max } : {});
  };

  const submit = async (form: HTMLFormElement) => {
    // Saved answers not read yet, or the page for them not rebuilt yet: nothing to save.
    if (!ready || (!screen && answered > 0)) return;
    setAttempt((n) => n + 1);
    // The fields on the page now (a follow-up hidden by its answer is not read).
    const visible = shown.facts.filter((f) => form.querySelector(`[data-fact="${f}"]`) || shown.kind === 'checklist');
    const { values, errors: errs } = readScreen(form, shown, visible);
    if (Object.keys(errs).length) {
      setErrors(Object.fromEntries(Object.entries(errs).map(([k, v]) => [k, errorText(k as FactId, v!)])));
      return;
    }
    const merged = { ...answers, ...values } as Situation;
    // With today's date: a date in the future, before 1900 or before the birth date is said beside its field (issue 12).
    const parsed = parseSituation(merged, { asOf: todayIso() });
    if (!parsed.ok) {
      const here = parsed.problems.filter((p) => p.field in values || (p.related !== undefined && p.related in values));
      if (here.length > 0 || parsed.problems.some((p) => !p.code)) {
        setErrors(Object.fromEntries(here.map((p) => {
          const field = p.field in values ? p.field : p.related!;
          return [field, t(`ui.errors.${p.field in values ? (p.code ?? 'generic') : 'contradictsOtherDates'}`) || t('ui.errors.generic')];
        })));
        if (here.length > 0) return;
      }
    }
    setErrors({});
    const pay = (Object.keys(values) as FactId[]).find((f) => isYearlyPay(f) && typeof values[f] === 'number' && (values[f] as number) > 0 && (values[f] as number) < YEARLY_PAY_CHECK);
    if (pay) return setPerMonth({ merged, fact: pay, value: values[pay] as number });
    await go(merged);
  };

  return (
    <div className="question-page">
      <StorageNotice />
      <p className="back">
        {/* No prefetch: the previous screen depends on the answers (issue 15: nothing the host sees may). */}
        <Link href={backHref(lang, from, remaining?.previous)} className="back-link" prefetch={false}>
          <span aria-hidden="true" className="arrow-back">←</span> {t('ui.nav.back')}
        </Link>
      </p>
      <p className="progress" aria-live="polite">
        {ready && left !== null ? t('screens.progress', { answered, left: Math.max(left, 1) }) : ' '}
      </p>
      {perMonth ? (
        <Suspense fallback={null}>
          <PerMonthCheck
            amount={perMonth.value}
            lang={lang}
            onChoose={(monthly) => go({ ...perMonth.merged, [perMonth.fact]: monthly ? perMonth.value * 12 : perMonth.value } as Situation)}
          />
        </Suspense>
      ) : (
        <ScreenForm key={`${shown.id} ${shown.facts.join(' ')} ${ready && answered > 0 ? 'saved' : 'blank'}`} screen={shown} initial={answers} errors={errors} attempt={attempt} onSubmit={submit} />
      )}
    </div>
  );
}
