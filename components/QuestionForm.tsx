'use client';
/** One question: fieldset + legend (the h1), hint, the input for its kind, "I don't know" where allowed, Continue. */
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { FACTS, FactId } from '../rules';
import { FocusHeading } from './FocusHeading';
import { parseDate, parseNumber, parsePostcode } from '../app/_wizard/input';

type Input = (typeof FACTS)[FactId]['input'];
export interface FieldError {
  key: string;
}

interface Props {
  factId: FactId;
  input: Input;
  dontKnow: boolean;
  chapter: string;
  initial: unknown;
  error: FieldError | null;
  /** Bumped on every submit, so the error summary takes the focus again. */
  attempt: number;
  dontKnowValue: string;
  onSubmit: (value: unknown | undefined, problem?: FieldError) => void;
}

const humanize = (id: string) => id.replace(/-/g, ' ');

export function QuestionForm({ factId, input, dontKnow, chapter, initial, error, attempt, dontKnowValue, onSubmit }: Props) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error, attempt]);

  const hintId = `${factId}-hint`;
  const errorId = `${factId}-error`;
  const hint = t(`facts.${factId}.hint`);
  const question = t(`facts.${factId}.question`) || humanize(factId);
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const isRadio = input.kind === 'yes-no' || input.kind === 'choice';
  const firstFieldId = isRadio ? `${factId}-0` : input.kind === 'date' ? `${factId}-day` : `${factId}-input`;
  const errorText = error ? t(`ui.errors.${error.key}`, input.kind === 'number' ? { min: input.min, max: input.max } : {}) || t(`screens.errors.${error.key}`) : '';

  const handle = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'dont-know') return onSubmit(dontKnowValue);
    const str = (name: string) => String(fd.get(name) ?? '').trim();
    switch (input.kind) {
      case 'yes-no': {
        const v = fd.get('answer');
        return onSubmit(v === 'yes' ? true : v === 'no' ? false : v === dontKnowValue ? dontKnowValue : undefined);
      }
      case 'choice':
        return onSubmit(fd.get('answer') ?? undefined);
      case 'date': {
        // Arabic-Indic, Persian and Bengali digits are read as 0-9 (input.ts).
        const iso = parseDate(str('day'), str('month'), str('year'));
        return iso === undefined ? onSubmit(undefined) : iso === 'invalid' ? onSubmit(undefined, { key: 'date' }) : onSubmit(iso);
      }
      case 'number': {
        // "39 400 €", "2 300,50", "١٢".
        const n = parseNumber(str('value'));
        return n === undefined ? onSubmit(undefined) : n === 'invalid' ? onSubmit(undefined, { key: 'number' }) : onSubmit(n);
      }
      case 'postcode':
        return onSubmit(parsePostcode(str('value')));
    }
  };

  return (
    // method="dialog": a tap before the scripts have loaded submits nothing, so no answer ever lands in the URL.
    <form method="dialog" noValidate onSubmit={handle} className="question-form">
      <noscript>
        <p className="notice notice-warning">{t('screens.noscript')}</p>
      </noscript>
      {error && (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('ui.errors.summaryTitle')}</h2>
          <ul>
            <li>
              <a href={`#${firstFieldId}`}>{errorText}</a>
            </li>
          </ul>
        </div>
      )}
      <p className="caption">{t(`ui.chapters.${chapter}`)}</p>
      <div className={error ? 'field-group field-error' : 'field-group'}>
        <fieldset className="field" aria-describedby={describedBy}>
          <legend>
            <FocusHeading className="question">{question}</FocusHeading>
          </legend>
          {hint && (
            <p id={hintId} className="hint">
              {hint}
            </p>
          )}
          {error && (
            <p id={errorId} className="error-message">
              <span className="visually-hidden">{t('ui.errors.prefix')} </span>
              {errorText}
            </p>
          )}
          {isRadio && <Radios factId={factId} input={input} dontKnow={dontKnow} dontKnowValue={dontKnowValue} initial={initial} />}
          {input.kind === 'date' && <DateFields factId={factId} initial={initial} error={!!error} />}
          {(input.kind === 'number' || input.kind === 'postcode') && (
            <TextField factId={factId} kind={input.kind} initial={initial} error={!!error} />
          )}
        </fieldset>
      </div>
      <div className="button-row">
        <button type="submit" name="action" value="continue" className="button button-primary">
          {t('ui.nav.continue')}
        </button>
        {dontKnow && !isRadio && (
          <button type="submit" name="action" value="dont-know" className="button button-secondary">
            {t('ui.answers.dontKnow')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The error is tied to the fieldset (aria-describedby); aria-invalid is not allowed on radios. */
function Radios({ factId, input, dontKnow, dontKnowValue, initial }: {
  factId: FactId; input: Input; dontKnow: boolean; dontKnowValue: string; initial: unknown;
}) {
  const { t } = useTranslation();
  const options: { value: string; label: string; hint?: string }[] =
    input.kind === 'yes-no'
      ? [
          { value: 'yes', label: t(`facts.${factId}.options.yes`) || t('ui.answers.yes') },
          { value: 'no', label: t(`facts.${factId}.options.no`) || t('ui.answers.no') },
        ]
      : input.kind === 'choice'
        ? input.options.map((o) => ({ value: o, label: t(`facts.${factId}.options.${o}`) || humanize(o), hint: t(`facts.${factId}.optionHints.${o}`) || undefined }))
        : [];
  if (dontKnow) options.push({ value: dontKnowValue, label: t('ui.answers.dontKnow') });
  const checked = initial === true ? 'yes' : initial === false ? 'no' : typeof initial === 'string' ? initial : undefined;
  return (
    <div className="radios">
      {options.map((o, i) => (
        <div className={o.value === dontKnowValue ? 'radio radio-dontknow' : 'radio'} key={o.value}>
          <input
            type="radio"
            id={`${factId}-${i}`}
            name="answer"
            value={o.value}
            defaultChecked={checked === o.value}
            aria-describedby={o.hint ? `${factId}-${i}-hint` : undefined}
          />
          <label htmlFor={`${factId}-${i}`}>
            {o.label}
            {o.hint && (
              <span id={`${factId}-${i}-hint`} className="option-hint">
                {o.hint}
              </span>
            )}
          </label>
        </div>
      ))}
    </div>
  );
}

function DateFields({ factId, initial, error }: { factId: FactId; initial: unknown; error: boolean }) {
  const { t } = useTranslation();
  const [y, m, d] = typeof initial === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? initial.split('-') : ['', '', ''];
  const part = (name: 'day' | 'month' | 'year', value: string | undefined, size: string) => (
    <div className={`date-part date-${name}`}>
      <label htmlFor={`${factId}-${name}`}>{t(`ui.date.${name}`)}</label>
      <input
        id={`${factId}-${name}`}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete={factId === 'birthDate' ? `bday-${name}` : 'off'}
        maxLength={name === 'year' ? 4 : 2}
        defaultValue={value ? String(Number(value)) : ''}
        className={`input input-${size}`}
        aria-invalid={error || undefined}
      />
    </div>
  );
  return (
    <div className="date-fields">
      {part('day', d, 'short')}
      {part('month', m, 'short')}
      {part('year', y, 'year')}
    </div>
  );
}

function TextField({ factId, kind, initial, error }: { factId: FactId; kind: 'number' | 'postcode'; initial: unknown; error: boolean }) {
  const { t } = useTranslation();
  const unit = t(`facts.${factId}.unit`);
  const label = kind === 'postcode' ? t('ui.answers.postcodeLabel') : t('ui.answers.numberLabel');
  const value = typeof initial === 'number' || (typeof initial === 'string' && initial !== 'dont-know') ? String(initial) : '';
  return (
    <div className="text-field">
      <label htmlFor={`${factId}-input`}>{label}</label>
      <div className="input-with-unit">
        <input
          id={`${factId}-input`}
          name="value"
          type="text"
          inputMode={kind === 'postcode' ? 'numeric' : 'decimal'}
          autoComplete={kind === 'postcode' ? 'postal-code' : 'off'}
          maxLength={kind === 'postcode' ? 7 : 16}
          defaultValue={value}
          dir="ltr"
          className={kind === 'postcode' ? 'input input-postcode' : 'input input-number'}
          aria-invalid={error || undefined}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
    </div>
  );
}
