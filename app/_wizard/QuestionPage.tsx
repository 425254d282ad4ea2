'use client';
/** Wires one question: saved answer, validation against the Situation schema, and the next page from nextQuestions. */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
// The registry and the schema only: the engine (every card) loads after the page, see loadEngine().
import { DONT_KNOW, FACTS, type FactId } from '../../rules/facts';
import { parseSituation, type Situation } from '../../rules/situation';
import { QuestionForm, type FieldError } from '../../components/QuestionForm';
import { StorageNotice } from '../../components/StorageNotice';
import { saveAnswers, useAnswers } from './answers';
import { todayIso } from './dates';
import { useFrom } from './nav';

export function QuestionPage({ lang, factId }: { lang: string; factId: FactId }) {
  const { t } = useTranslation();
  const router = useRouter();
  const { ready, answers } = useAnswers();
  const from = useFrom();
  const spec = FACTS[factId];
  const [error, setError] = useState<FieldError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let alive = true;
    void loadEngine().then((m) => alive && setEngine(m));
    return () => {
      alive = false;
    };
  }, []);
  const left = useMemo(() => (ready && engine ? engine.nextQuestions(answers, { asOf: todayIso() }) : null), [ready, engine, answers]);
  const answered = Object.keys(answers).length;
  const remaining = left ? (left.includes(factId) ? left.length : left.length + (factId in answers ? 0 : 1)) : 0;

  const keys = Object.keys(answers);
  const idx = keys.indexOf(factId);
  const previous = idx > 0 ? keys[idx - 1] : idx === -1 ? keys[keys.length - 1] : undefined;
  const backHref = from ? `/${lang}/${from}/` : previous ? `/${lang}/q/${previous}/` : `/${lang}/`;

  const submit = async (value: unknown | undefined, problem?: FieldError) => {
    setAttempt((n) => n + 1);
    if (problem) return setError(problem);
    if (value === undefined) return setError({ key: spec.input.kind === 'yes-no' || spec.input.kind === 'choice' ? 'choose' : 'required' });
    const merged = { ...answers, [factId]: value } as Situation;
    const parsed = parseSituation(merged);
    if (!parsed.ok) {
      const mine = parsed.problems.some((p) => p.field === factId);
      return setError({ key: mine ? errorKeyFor(spec.input.kind) : 'generic' });
    }
    setError(null);
    saveAnswers(merged);
    if (from) return router.push(`/${lang}/${from}/`);
    const next = (engine ?? (await loadEngine())).nextQuestions(merged, { asOf: todayIso() })[0];
    router.push(next ? `/${lang}/q/${next}/` : `/${lang}/check/`);
  };

  return (
    <div className="question-page">
      <StorageNotice />
      <p className="back">
        <Link href={backHref} className="back-link">
          <span aria-hidden="true" className="arrow-back">←</span> {t('ui.nav.back')}
        </Link>
      </p>
      <p className="progress" aria-live="polite">
        {ready && left ? t('ui.progress.text', { answered, count: remaining }) : ' '}
      </p>
      <QuestionForm
        key={ready ? 'ready' : 'loading'}
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

type Engine = typeof import('../../rules');
/** The rules engine is a separate chunk, fetched right after the page shows (keeps question pages light). */
const loadEngine = (): Promise<Engine> => import('../../rules');

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
