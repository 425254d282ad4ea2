'use client';
/**
 * Volunteer mode: every question of one chapter on one page, native inputs in registry order,
 * Enter saves and moves on. A react-hook-form form, validated by the chapter schema (fields.ts, derived from
 * the Situation schema) through @hookform/resolvers/zod. Shown: the facts nextQuestions asks (highlighted
 * "to answer") and those already answered, recomputed as the volunteer types; "show every
 * question" reveals the rest of the chapter.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useController, useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from '@/components/I18nProvider';
import { CHAPTERS, DONT_KNOW, FACTS, type FactId, type Situation } from '../../rules';
import { saveAnswers } from '../../wizard/answers';
import { privateName } from '../../wizard/keys';
import { applyDraft, chapterFacts, chapterSchema, draftOf, openFacts, type Chapter, type Draft } from './fields';

interface Props {
  lang: string;
  answers: Situation;
  asOf: string;
}

export function ChapterForm({ lang, answers, asOf }: Props) {
  const { t } = useTranslation();
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const chapter = CHAPTERS[index]!;
  // Open questions per chapter, from the saved answers (the chapter list's counters).
  const openByChapter = useMemo(() => {
    const open = openFacts(answers, asOf);
    const counts = new Map<Chapter, number>();
    for (const f of open) counts.set(FACTS[f].chapter, (counts.get(FACTS[f].chapter) ?? 0) + 1);
    return counts;
  }, [answers, asOf]);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [index]);
  const go = (i: number) => {
    moved.current = true;
    setIndex(i);
  };
  const last = index === CHAPTERS.length - 1;

  return (
    <div className="v-chapters">
      <nav aria-label={t('volunteer.form.chaptersNav')}>
        <ol className="v-chapter-list">
          {CHAPTERS.map((c, i) => {
            const open = openByChapter.get(c) ?? 0;
            return (
              <li key={c}>
                <button type="button" className="v-chapter-button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                  <span>{t(`ui.chapters.${c}`)}</span>
                  {open > 0 && <span className="v-count">{t('volunteer.form.openCount', { count: open })}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1} className="v-chapter-title">
        {t('volunteer.form.chapterTitle', { n: index + 1, total: CHAPTERS.length, name: t(`ui.chapters.${chapter}`) })}
      </h2>
      <ChapterFields
        key={chapter}
        chapter={chapter}
        answers={answers}
        asOf={asOf}
        submitLabel={last ? t('volunteer.form.saveAndResults') : t('volunteer.form.saveAndNext')}
        onSaved={() => {
          if (!last) go(index + 1);
          else router.push(`/${lang}/volunteer/results/`);
        }}
      />
      <p>
        <Link href={`/${lang}/volunteer/results/`}>{t('volunteer.form.toResults')}</Link>
      </p>
    </div>
  );
}

function ChapterFields({ chapter, answers, asOf, submitLabel, onSaved }: {
  chapter: Chapter; answers: Situation; asOf: string; submitLabel: string; onSaved: () => void;
}) {
  const { t } = useTranslation();
  // react-hook-form holds the fields' texts; the chapter schema (derived from the Situation schema, fields.ts)
  // turns them into answers or names each field's error (a ui.errors key). Checked on submit, as before.
  const resolver = useMemo(() => zodResolver(chapterSchema(answers, chapter, asOf)) as unknown as Resolver<Draft, unknown, Draft>, [answers, chapter, asOf]);
  const { control, handleSubmit, formState } = useForm<Draft, unknown, Draft>({
    defaultValues: draftOf(answers, chapter),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes the focus (its links lead to each field), as on the question pages.
    shouldFocusError: false,
  });
  const errors: Partial<Record<FactId, string>> = {};
  for (const [f, e] of Object.entries(formState.errors)) if (e?.message) errors[f as FactId] = e.message;
  const [showAll, setShowAll] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // After each refused submit (the errors arrive with the new count), the summary takes the focus again.
  const { submitCount } = formState;
  useEffect(() => {
    if (submitCount > 0) summary.current?.focus();
  }, [submitCount]);

  // Relevance follows the draft, a step behind the keyboard so typing stays instant.
  const draft = useWatch({ control }) as Draft;
  const deferred = useDeferredValue(draft);
  const relevant = useMemo(() => {
    const { situation } = applyDraft(answers, chapter, deferred);
    return openFacts(situation, asOf);
  }, [answers, chapter, deferred, asOf]);
  const facts = chapterFacts(chapter);
  // The screens' order first (what splits most), then the registry's.
  const rank = (f: FactId) => {
    const i = [...relevant].indexOf(f);
    return i === -1 ? relevant.size + facts.indexOf(f) : i;
  };
  const shown = facts.filter((f) => showAll || relevant.has(f) || (draft[f] ?? '') !== '' || errors[f]).sort((a, b) => rank(a) - rank(b));
  const hidden = facts.length - shown.length;

  const submit = handleSubmit((valid) => {
    saveAnswers(applyDraft(answers, chapter, valid).situation);
    onSaved();
  });

  const errorList = facts.filter((f) => errors[f]);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="v-form" data-chapter={chapter}>
      {errorList.length > 0 && (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="v-error-title">
          <h3 id="v-error-title">{t('ui.errors.summaryTitle')}</h3>
          <ul>
            {errorList.map((f) => (
              <li key={f}>
                <a href={`#v-${privateName(f)}`}>
                  {t(`facts.${f}.summary`)} : {errorText(t, f, errors[f]!)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.length === 0 && <p className="v-empty">{t('volunteer.form.nothingToAsk')}</p>}
      {shown.map((f) => (
        <Field key={f} id={f} control={control} error={errors[f] ? errorText(t, f, errors[f]!) : undefined} relevant={relevant.has(f)} />
      ))}
      <div className="v-form-actions">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
        {(hidden > 0 || showAll) && (
          <label className="v-show-all">
            <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{' '}
            {showAll ? t('volunteer.form.showAllOn') : t('volunteer.form.showAll', { count: hidden })}
          </label>
        )}
      </div>
    </form>
  );
}

type T = (key: string, vars?: Record<string, string | number>) => string;
function errorText(t: T, id: FactId, key: string) {
  const input = FACTS[id].input;
  return t(`ui.errors.${key}`, input.kind === 'number' ? { min: input.min, max: input.max } : {}) || t('ui.errors.generic');
}

/** One fact: radios for yes/no and short choices, a select for long ones, native date, text for numbers. */
function Field({ id, control, error, relevant }: { id: FactId; control: Control<Draft, unknown, Draft>; error?: string; relevant: boolean }) {
  const { t } = useTranslation();
  const { field } = useController({ name: id, control });
  const raw = typeof field.value === 'string' ? field.value : '';
  const onChange = field.onChange as (raw: string) => void;
  const spec = FACTS[id];
  const input = spec.input;
  const label = t(`facts.${id}.summary`) || id;
  const question = t(`facts.${id}.question`);
  const qId = `v-${id}-q`;
  const errId = `v-${id}-err`;
  const describedBy = [question ? qId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  // Highlight: asked by nextQuestions and not answered yet.
  const cls = `v-field${error ? ' field-error' : ''}${relevant ? ' v-open' : ''}`;
  const dk = raw === DONT_KNOW;
  const notNeeded = relevant && <span className="v-tag">{t('volunteer.form.toAnswer')}</span>;
  const errorLine = error && (
    <p id={errId} className="error-message">
      <span className="visually-hidden">{t('ui.errors.prefix')} </span>
      {error}
    </p>
  );
  const questionLine = question && (
    <p id={qId} className="v-question">
      {question}
    </p>
  );

  if (input.kind === 'yes-no' || (input.kind === 'choice' && input.options.length <= 4)) {
    const options =
      input.kind === 'yes-no'
        ? [
            { value: 'yes', label: t(`facts.${id}.options.yes`) || t('ui.answers.yes') },
            { value: 'no', label: t(`facts.${id}.options.no`) || t('ui.answers.no') },
          ]
        : input.options.map((o) => ({ value: o, label: t(`facts.${id}.options.${o}`) || o }));
    if (spec.dontKnow) options.push({ value: DONT_KNOW, label: t('ui.answers.dontKnow') });
    return (
      <fieldset className={cls} data-fact={id} aria-describedby={describedBy} id={`v-${privateName(id)}`} tabIndex={-1}>
        <legend className="v-label">
          {label} {notNeeded}
        </legend>
        {questionLine}
        {errorLine}
        <div className="v-radios">
          {options.map((o, i) => (
            <label key={o.value} className="v-radio" htmlFor={`v-${id}-${i}`}>
              <input type="radio" id={`v-${id}-${i}`} name={id} value={o.value} checked={raw === o.value} onChange={() => onChange(o.value)} />{' '}
              {o.label}
            </label>
          ))}
          {raw !== '' && (
            <button type="button" className="v-clear" onClick={() => onChange('')}>
              {t('volunteer.form.clear')}
              <span className="visually-hidden"> : {label}</span>
            </button>
          )}
        </div>
      </fieldset>
    );
  }

  const controlId = `v-${privateName(id)}`;
  let widget;
  if (input.kind === 'choice') {
    widget = (
      <select id={controlId} name={privateName(id)} autoComplete="off" className="input v-select" value={raw} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <option value="">{t('volunteer.form.notAnswered')}</option>
        {input.options.map((o) => (
          <option key={o} value={o}>
            {t(`facts.${id}.options.${o}`) || o}
          </option>
        ))}
        {spec.dontKnow && <option value={DONT_KNOW}>{t('ui.answers.dontKnow')}</option>}
      </select>
    );
  } else {
    const isDate = input.kind === 'date';
    widget = (
      <span className="v-inline">
        <input
          id={controlId}
          name={privateName(id)}
          type={isDate ? 'date' : 'text'}
          inputMode={isDate ? undefined : input.kind === 'postcode' ? 'numeric' : 'decimal'}
          dir="ltr"
          className={`input ${isDate ? 'v-date' : input.kind === 'postcode' ? 'input-postcode' : 'input-number'}`}
          value={dk ? '' : raw}
          disabled={dk}
          min={isDate ? '1900-01-01' : undefined}
          max={isDate ? '2100-12-31' : undefined}
          maxLength={isDate ? undefined : input.kind === 'postcode' ? 5 : 12}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        {input.kind === 'number' && t(`facts.${id}.unit`) && <span className="unit">{t(`facts.${id}.unit`)}</span>}
        {spec.dontKnow && (
          <label className="v-dk">
            <input type="checkbox" name={`${id}-dk`} checked={dk} onChange={(e) => onChange(e.target.checked ? DONT_KNOW : '')} />{' '}
            {t('ui.answers.dontKnow')}
            <span className="visually-hidden"> : {label}</span>
          </label>
        )}
      </span>
    );
  }
  return (
    <div className={cls} data-fact={id}>
      <label className="v-label" htmlFor={controlId}>
        {label} {notNeeded}
      </label>
      {questionLine}
      {errorLine}
      {widget}
    </div>
  );
}
