'use client';
/** Wires one question: saved answer, validation against the Situation schema, and the next page from nextQuestions. */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
// The registry and the schema only: the engine (every card) runs in a worker, see engine-client.ts.
import { DONT_KNOW, FACTS, type FactId } from '../../rules/facts';
import { parseSituation, type Situation } from '../../rules/situation';
import { QuestionForm, type FieldError } from '../../components/QuestionForm';
import { StorageNotice } from '../../components/StorageNotice';
import { saveAnswers, useAnswers } from './answers';
import { todayIso } from './dates';
import { remainingQuestions } from './engine-client';
import { useFrom } from './nav';

export function QuestionPage({ lang, factId }: { lang: string; factId: FactId }) {
  const { t } = useTranslation();
  const router = useRouter();
  const { ready, answers } = useAnswers();
  const from = useFrom();
  const spec = FACTS[factId];
  const [error, setError] = useState<FieldError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The questions still open, for the progress line; null until the worker has answered.
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    remainingQuestions(answers, todayIso()).then(
      (r) => alive && setLeft(r.left),
      () => alive && setLeft(null),
    );
    return () => {
      alive = false;
    };
  }, [ready, answers]);
  const answered = Object.keys(answers).length;

  const keys = Object.keys(answers);
  const idx = keys.indexOf(factId);
  const previous = idx > 0 ? keys[idx - 1] : idx === -1 ? keys[keys.length - 1] : undefined;
  const backHref = from ? `/${lang}/${from}/` : previous ? `/${lang}/q/${previous}/` : `/${lang}/`;

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
    saveAnswers(merged);
    if (from) return router.push(`/${lang}/${from}/`);
    const [next] = (await remainingQuestions(merged, todayIso())).next;
    router.push(next ? `/${lang}/q/${next}/` : `/${lang}/check/`);
  };

  return (
    <div className="question-page">
      <StorageNotice />
      <p className="back">
        <Link href={backHref} className="back-link" prefetch={false}>
          <span aria-hidden="true" className="arrow-back">←</span> {t('ui.nav.back')}
        </Link>
      </p>
      <p className="progress" aria-live="polite">
        {ready && left !== null ? t('ui.progress.text', { answered, count: Math.max(left, factId in answers ? 0 : 1) }) : ' '}
      </p>
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
