'use client';
/** One question: fieldset + legend (the h1), hint, the input for its kind, "I don't know" where allowed, Continue. */
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import type { FACTS, FactId } from '../rules';
import { FocusHeading } from './FocusHeading';
import { DATE_PART_NAMES, VALUE_NAME, privateName } from '../wizard/keys';
import { asciiDigits } from '../locales/languages';
import { parseNumber } from '../wizard/input';

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
  const partialHintId = `${factId}-partial-hint`;
  const describedBy = [hint ? hintId : '', input.kind === 'date' ? partialHintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const isRadio = input.kind === 'yes-no' || input.kind === 'choice';
  const firstFieldId = isRadio ? `${factId}-0` : input.kind === 'date' ? `${privateName(factId)}-d` : `${privateName(factId)}-v`;
  const errorText = error ? t(`ui.errors.${error.key}`, input.kind === 'number' ? { min: input.min, max: input.max } : {}) || t(`screens.errors.${error.key}`) : '';

  const handle = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'dont-know') return onSubmit(dontKnowValue);
    // Digits typed on a Dari, Pashto, Arabic or Bengali keyboard (۱۹۹۰, ১৯৯০) are read as 0–9.
    const str = (name: string) => asciiDigits(String(fd.get(name) ?? '')).trim();
    switch (input.kind) {
      case 'yes-no': {
        const v = fd.get('answer');
        return onSubmit(v === 'yes' ? true : v === 'no' ? false : v === dontKnowValue ? dontKnowValue : undefined);
      }
      case 'choice':
        return onSubmit(fd.get('answer') ?? undefined);
      case 'date': {
        const [d, m, y] = [str(DATE_PART_NAMES.day), str(DATE_PART_NAMES.month), str(DATE_PART_NAMES.year)];
        if (!d && !m && !y) return onSubmit(undefined);
        // The day, or the day and the month, may be left empty: a date known only to the month or the year
        // (issue 12 item 14). The rules treat it as the range of days it may be, never as the 1st.
        if (!/^\d{4}$/.test(y) || (d && !m)) return onSubmit(undefined, { key: 'date' });
        if (!m) return onSubmit(y);
        if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12) return onSubmit(undefined, { key: 'date' });
        if (!d) return onSubmit(`${y}-${m.padStart(2, '0')}`);
        if (!/^\d{1,2}$/.test(d)) return onSubmit(undefined, { key: 'date' });
        return onSubmit(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
      }
      case 'number': {
        // "39 400 €", "2 300,50", "١٢" (wizard/input.ts).
        const n = parseNumber(str(VALUE_NAME));
        return n === undefined ? onSubmit(undefined) : n === 'invalid' ? onSubmit(undefined, { key: 'number' }) : onSubmit(n);
      }
      case 'postcode': {
        const raw = str(VALUE_NAME).replace(/\s/g, '');
        return onSubmit(raw || undefined);
      }
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
          {input.kind === 'date' && <DateFields factId={factId} initial={initial} error={!!error} hintId={partialHintId} />}
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

/** A saved date, full ("2015-03-14") or partial ("2015-03", "2015"), as [year, month, day] ('' for a missing part). */
function dateParts(initial: unknown): [string, string, string] {
  const m = typeof initial === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(initial) : null;
  return m ? [m[1]!, m[2] ?? '', m[3] ?? ''] : ['', '', ''];
}

function DateFields({ factId, initial, error, hintId }: { factId: FactId; initial: unknown; error: boolean; hintId: string }) {
  const { t } = useTranslation();
  const [y, m, d] = dateParts(initial);
  const part = (name: 'day' | 'month' | 'year', value: string | undefined, size: string) => (
    <div className={`date-part date-${name}`}>
      <label htmlFor={`${privateName(factId)}-${name[0]}`}>{t(`ui.date.${name}`)}</label>
      <input
        id={`${privateName(factId)}-${name[0]}`}
        name={DATE_PART_NAMES[name]}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        maxLength={name === 'year' ? 4 : 2}
        defaultValue={value ? String(Number(value)) : ''}
        className={`input input-${size}`}
        aria-invalid={error || undefined}
      />
    </div>
  );
  return (
    <>
      <p id={hintId} className="hint date-partial-hint">{t('ui.date.partialHint')}</p>
      <div className="date-fields">
        {part('day', d, 'short')}
        {part('month', m, 'short')}
        {part('year', y, 'year')}
      </div>
    </>
  );
}

function TextField({ factId, kind, initial, error }: { factId: FactId; kind: 'number' | 'postcode'; initial: unknown; error: boolean }) {
  const { t } = useTranslation();
  const unit = t(`facts.${factId}.unit`);
  const label = kind === 'postcode' ? t('ui.answers.postcodeLabel') : t('ui.answers.numberLabel');
  const value = typeof initial === 'number' || (typeof initial === 'string' && initial !== 'dont-know') ? String(initial) : '';
  return (
    <div className="text-field">
      <label htmlFor={`${privateName(factId)}-v`}>{label}</label>
      <div className="input-with-unit">
        <input
          id={`${privateName(factId)}-v`}
          name={VALUE_NAME}
          type="text"
          inputMode={kind === 'postcode' ? 'numeric' : 'decimal'}
          autoComplete="off"
          // Room for what people type: "93 100", "39 400 €".
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
