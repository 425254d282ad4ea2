'use client';
/**
 * A page of several facts (issue 14): up to three fields that belong together, or a checklist of situations
 * ("None of these" first, every box answers its fact). The page's h1 is the screen's title; each field is a
 * fieldset whose legend is its question. A follow-up field shows only with the answer that calls for it.
 * `method="dialog"`: a tap before the scripts have loaded submits nothing and never puts an answer in the URL.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { DONT_KNOW, FACTS, type FactId } from '../rules/facts';
import type { Screen } from '../rules/screen-specs';
import { FocusHeading } from './FocusHeading';
import { privateName } from '../wizard/keys';

export type ScreenErrors = Partial<Record<FactId | '_checklist', string>>;

interface Props {
  screen: Screen;
  initial: Partial<Record<FactId, unknown>>;
  errors: ScreenErrors;
  attempt: number;
  onSubmit: (form: HTMLFormElement) => void;
}

const humanize = (id: string) => id.replace(/-/g, ' ');
type T = (key: string, vars?: Record<string, string | number>) => string;

/** What a radio shows for a saved answer. */
const radioValue = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : typeof v === 'string' ? v : '');

export function ScreenForm({ screen, initial, errors, attempt, onSubmit }: Props) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const errorKeys = Object.keys(errors) as (FactId | '_checklist')[];
  useEffect(() => {
    if (errorKeys.length) summary.current?.focus();
  }, [attempt]); // eslint-disable-line react-hooks/exhaustive-deps

  // Live radio values, for the follow-ups (showIf) and the checklist's reveals.
  const [live, setLive] = useState<Record<string, string>>(() =>
    Object.fromEntries(screen.facts.map((f) => [f, radioValue(initial[f])])),
  );
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const el = e.target as HTMLInputElement;
    const fact = screen.facts.find((f) => privateName(f) === el.name);
    if (el.type === 'radio' && fact) setLive((l) => ({ ...l, [fact]: el.value }));
  };
  const shown = screen.facts.filter((f) => {
    const cond = screen.showIf[f];
    if (!cond) return true;
    const v = live[cond.fact];
    return cond.is.map((x) => (x === true ? 'yes' : x === false ? 'no' : x)).includes(v ?? '');
  });
  const first = FACTS[screen.facts[0]!];
  const hint = t(`screens.${screen.id}.hint`);

  return (
    <form
      method="dialog"
      noValidate
      className="question-form screen-form"
      data-screen={screen.id}
      onChange={onChange}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(e.currentTarget);
      }}
    >
      <noscript>
        <p className="notice notice-warning">{t('screens.noscript')}</p>
      </noscript>
      {errorKeys.length > 0 && (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('ui.errors.summaryTitle')}</h2>
          <ul>
            {errorKeys.map((k) => (
              <li key={k}>
                <a href={`#${k === '_checklist' ? 'checklist-none' : `${k}-field`}`}>{errors[k]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* A checklist gathers situations of several chapters ("Work and study" holds only work and study). */}
      <p className="caption">{screen.kind === 'checklist' ? t('screens.caption') : t(`ui.chapters.${first.chapter}`)}</p>
      {screen.kind === 'checklist' ? (
        <Checklist screen={screen} initial={initial} error={errors._checklist} errors={errors} live={live} hint={hint} />
      ) : (
        <>
          <FocusHeading className="question">{t(`screens.${screen.id}.title`)}</FocusHeading>
          {hint && <p className="hint">{hint}</p>}
          {shown.map((f) => (
            <Field key={f} fact={f} initial={initial[f]} error={errors[f]} />
          ))}
        </>
      )}
      <div className="button-row">
        <button type="submit" name="action" value="continue" className="button button-primary">
          {t('ui.nav.continue')}
        </button>
      </div>
    </form>
  );
}

/** One fact of a fields page: a fieldset, its legend the question, "I don't know" where it is allowed. */
function Field({ fact, initial, error }: { fact: FactId; initial: unknown; error?: string }) {
  const { t } = useTranslation();
  const spec = FACTS[fact];
  const input = spec.input;
  const hint = t(`facts.${fact}.hint`);
  const hintId = `${fact}-hint`;
  const errId = `${fact}-error`;
  const describedBy = [hint ? hintId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const dk = initial === DONT_KNOW;
  return (
    <div className={error ? 'field-group field-error' : 'field-group'} id={`${fact}-field`} data-fact={fact}>
      <fieldset className="field" aria-describedby={describedBy}>
        <legend className="field-question">{t(`facts.${fact}.question`) || humanize(fact)}</legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errId} className="error-message">
            <span className="visually-hidden">{t('ui.errors.prefix')} </span>
            {error}
          </p>
        )}
        {(input.kind === 'yes-no' || input.kind === 'choice') && <Radios t={t} fact={fact} name={privateName(fact)} initial={initial} withDontKnow={spec.dontKnow} />}
        {input.kind === 'date' && (
          <div className="date-fields">
            {(['day', 'month', 'year'] as const).map((part) => {
              const [y, m, d] = typeof initial === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? initial.split('-') : ['', '', ''];
              const value = { day: d, month: m, year: y }[part];
              return (
                <div className={`date-part date-${part}`} key={part}>
                  <label htmlFor={`${privateName(fact)}-${part[0]}`}>{t(`ui.date.${part}`)}</label>
                  <input
                    id={`${privateName(fact)}-${part[0]}`}
                    name={`${privateName(fact)}-${part[0]}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={part === 'year' ? 4 : 2}
                    defaultValue={value ? String(Number(value)) : ''}
                    className={`input ${part === 'year' ? 'input-year' : 'input-short'}`}
                    aria-invalid={error ? true : undefined}
                  />
                </div>
              );
            })}
          </div>
        )}
        {(input.kind === 'number' || input.kind === 'postcode') && (
          <div className="text-field">
            <label htmlFor={`${privateName(fact)}-v`}>{input.kind === 'postcode' ? t('ui.answers.postcodeLabel') : t('ui.answers.numberLabel')}</label>
            <div className="input-with-unit">
              <input
                id={`${privateName(fact)}-v`}
                name={privateName(fact)}
                type="text"
                inputMode={input.kind === 'postcode' ? 'numeric' : 'decimal'}
                autoComplete="off"
                maxLength={input.kind === 'postcode' ? 7 : 16}
                defaultValue={typeof initial === 'number' || (typeof initial === 'string' && !dk) ? String(initial) : ''}
                dir="ltr"
                className={input.kind === 'postcode' ? 'input input-postcode' : 'input input-number'}
                aria-invalid={error ? true : undefined}
              />
              {t(`facts.${fact}.unit`) && <span className="unit">{t(`facts.${fact}.unit`)}</span>}
            </div>
          </div>
        )}
        {spec.dontKnow && (input.kind === 'date' || input.kind === 'number' || input.kind === 'postcode') && (
          <div className="checkbox checkbox-dontknow">
            <input type="checkbox" id={`${privateName(fact)}-dk`} name={`${privateName(fact)}-dk`} value="1" defaultChecked={dk} />
            <label htmlFor={`${privateName(fact)}-dk`}>{t('screens.dontKnowField')}</label>
          </div>
        )}
      </fieldset>
    </div>
  );
}

function Radios({ t, fact, name, initial, withDontKnow, skipNone }: {
  t: T; fact: FactId; name: string; initial: unknown; withDontKnow: boolean; skipNone?: boolean;
}) {
  const input = FACTS[fact].input;
  const options: { value: string; label: string }[] =
    input.kind === 'yes-no'
      ? [
          { value: 'yes', label: t(`facts.${fact}.options.yes`) || t('ui.answers.yes') },
          { value: 'no', label: t(`facts.${fact}.options.no`) || t('ui.answers.no') },
        ]
      : input.kind === 'choice'
        ? input.options.filter((o) => !(skipNone && o === 'none')).map((o) => ({ value: o, label: t(`facts.${fact}.options.${o}`) || humanize(o) }))
        : [];
  if (withDontKnow) options.push({ value: DONT_KNOW, label: t('ui.answers.dontKnow') });
  const checked = radioValue(initial);
  return (
    <div className="radios">
      {options.map((o, i) => (
        <div className={o.value === DONT_KNOW ? 'radio radio-dontknow' : 'radio'} key={o.value}>
          <input type="radio" id={`${name}-${i}`} name={name} value={o.value} defaultChecked={checked === o.value} />
          <label htmlFor={`${name}-${i}`}>{o.label}</label>
        </div>
      ))}
    </div>
  );
}

/** "Does any of these apply to you?": None first, one box per fact, a choice revealed under its box. */
function Checklist({ screen, initial, error, errors, live, hint }: {
  screen: Screen; initial: Partial<Record<FactId, unknown>>; error?: string; errors: ScreenErrors; live: Record<string, string>; hint: string;
}) {
  const { t } = useTranslation();
  const positive = (v: unknown) => v === true || (typeof v === 'string' && v !== 'none' && v !== DONT_KNOW);
  const answered = screen.facts.some((f) => initial[f] !== undefined);
  const allDk = answered && screen.facts.every((f) => initial[f] === DONT_KNOW);
  const [ticked, setTicked] = useState<Set<string>>(() => {
    const s = new Set<string>(screen.facts.filter((f) => positive(initial[f])));
    if (answered && s.size === 0) s.add(allDk ? DONT_KNOW : 'none');
    return s;
  });
  const offerDk = screen.facts.every((f) => FACTS[f].dontKnow);
  const toggle = (value: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (!on) next.delete(value);
      // "None of these" and "I don't know" stand alone; ticking a situation clears them.
      else if (value === 'none' || value === DONT_KNOW) return new Set([value]);
      else {
        next.delete('none');
        next.delete(DONT_KNOW);
        next.add(value);
      }
      return next;
    });
  const box = (value: string, label: string, id: string, extra?: ReactNode) => (
    <div className="checkbox-item" key={value}>
      <div className={value === DONT_KNOW ? 'checkbox checkbox-dontknow' : 'checkbox'}>
        <input type="checkbox" id={id} name="ticked" value={value} checked={ticked.has(value)} onChange={(e) => toggle(value, e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {extra}
    </div>
  );
  return (
    <div className={error ? 'field-group field-error' : 'field-group'}>
      <fieldset className="field" aria-describedby={[hint ? 'checklist-hint' : '', error ? 'checklist-error' : ''].filter(Boolean).join(' ') || undefined}>
        <legend>
          <FocusHeading className="question">{t(`screens.${screen.id}.title`)}</FocusHeading>
        </legend>
        {hint && (
          <p id="checklist-hint" className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id="checklist-error" className="error-message">
            <span className="visually-hidden">{t('ui.errors.prefix')} </span>
            {error}
          </p>
        )}
        <div className="checkboxes">
          {box('none', t('screens.none'), 'checklist-none')}
          <p className="checkbox-divider">{t('screens.or')}</p>
          {screen.facts.map((f) => {
            const input = FACTS[f].input;
            const reveal =
              input.kind === 'choice' && ticked.has(f) ? (
                <div className={errors[f] ? 'reveal field-error' : 'reveal'} id={`${f}-field`}>
                  <p className="reveal-label">{t('screens.chooseWhich')}</p>
                  {errors[f] && <p className="error-message">{errors[f]}</p>}
                  <Radios t={t} fact={f} name={privateName(f)} initial={live[f] ? live[f] : initial[f]} withDontKnow={FACTS[f].dontKnow} skipNone />
                </div>
              ) : undefined;
            return box(f, t(`screens.items.${f}`) || t(`facts.${f}.summary`) || humanize(f), `checklist-${f}`, reveal);
          })}
          {offerDk && (
            <>
              <p className="checkbox-divider">{t('screens.or')}</p>
              {box(DONT_KNOW, t('screens.dontKnowAll'), 'checklist-dontknow')}
            </>
          )}
        </div>
      </fieldset>
    </div>
  );
}
