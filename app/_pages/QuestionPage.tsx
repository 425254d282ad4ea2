'use client';
/** Wires one question: saved answer, validation against the Situation schema, and the next page from nextScreen. */
import Link from 'next/link';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
// The registry and the schema only: the engine (every card) runs in a worker, see engine-client.ts.
import { DONT_KNOW, FACTS, type FactId } from '../../rules/facts';
import { parseSituation, type Situation } from '../../rules/situation';
import { QuestionForm, type FieldError } from '../../components/QuestionForm';
import { StorageNotice } from '../../components/StorageNotice';
import { useAnswers } from '../../wizard/answers';
import { todayIso } from '../../wizard/dates';
import { isYearlyPay, YEARLY_PAY_CHECK } from '../../wizard/input';
import { useFrom } from '../../wizard/nav';
import { backHref, useRemaining, useSaveAndGo } from '../../wizard/walk-nav';

// Only for a yearly pay under €3,000: loaded when needed.
const PerMonthCheck = lazy(() => import('../../components/PerMonthCheck').then((m) => ({ default: m.PerMonthCheck })));

export function QuestionPage({ lang, factId }: { lang: string; factId: FactId }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const go = useSaveAndGo(lang);
  const [perMonth, setPerMonth] = useState<Situation | null>(null);
  const from = useFrom();
  const spec = FACTS[factId];
  const [error, setError] = useState<FieldError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The questions still open, for the progress line; null until the worker has answered.
  const remaining = useRemaining(ready, answers, factId);
  const left = remaining?.left ?? null;
  const answered = Object.keys(answers).length;

  const back = backHref(lang, from, remaining?.previous);

  const submit = async (value: unknown | undefined, problem?: FieldError) => {
    setAttempt((n) => n + 1);
    if (problem) return setError(problem);
    if (value === undefined) return setError({ key: spec.input.kind === 'yes-no' || spec.input.kind === 'choice' ? 'choose' : 'required' });
    const merged = { ...answers, [factId]: value } as Situation;
    // With today's date: a birth date in the future or a year before 1900 is said beside the field (issue 12).
    const parsed = parseSituation(merged, { asOf: todayIso() });
    if (!parsed.ok) {
      const mine = parsed.problems.find((p) => p.field === factId);
      const other = parsed.problems.find((p) => p.related === factId);
      if (mine || other) return setError({ key: mine ? (mine.code ?? errorKeyFor(spec.input.kind)) : 'contradictsOtherDates' });
      // An older answer that cannot be true does not block this one (its own page says so).
      if (parsed.problems.some((p) => !p.code)) return setError({ key: 'generic' });
    }
    setError(null);
    if (isYearlyPay(factId) && typeof value === 'number' && value > 0 && value < YEARLY_PAY_CHECK) return setPerMonth(merged);
    await go(merged);
  };

  return (
    <div className="question-page">
      <StorageNotice />
      <p className="back">
        <Link href={back} className="back-link" prefetch={false}>
          <span aria-hidden="true" className="arrow-back">←</span> {t('ui.nav.back')}
        </Link>
      </p>
      <p className="progress" aria-live="polite">
        {ready && left !== null ? t('screens.progress', { answered, left: Math.max(left, factId in answers ? 0 : 1) }) : ' '}
      </p>
      {perMonth ? (
        <Suspense fallback={null}>
          <PerMonthCheck
            amount={perMonth[factId] as number}
            lang={lang}
            onChoose={(monthly) => go({ ...perMonth, [factId]: monthly ? (perMonth[factId] as number) * 12 : perMonth[factId] } as Situation)}
          />
        </Suspense>
      ) : (
      <QuestionForm
        // Remounted only to show a saved answer: a first visit keeps the server-rendered form as it is.
        key={ready && answers[factId] !== undefined ? 'saved' : 'blank'}
        factId={factId}
        input={spec.input}
        dontKnow={spec.dontKnow}
        chapter={spec.chapter}
        initial={answers[factId]}
        error={error}
        attempt={attempt}
        onSubmit={submit}
        dontKnowValue={DONT_KNOW}
      />
      )}
    </div>
  );
}

function errorKeyFor(kind: string) {
  switch (kind) {
    case 'date':
      return 'date';
    case 'number':
      return 'number';
    case 'postcode':
      return 'postcode';
    default:
      return 'choose';
  }
}
