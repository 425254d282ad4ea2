'use client';
/**
 * Letter form + preview. The text is assembled by filing/letters.ts (pure, tested);
 * this component only collects the optional fields and prints. Nothing typed here is
 * saved, except the dates of attempts (kept on this device to build the log over weeks).
 */
import Link from 'next/link';
import { useEffect, useId, useMemo, useState } from 'react';
import { useController, useForm, useWatch, type Control, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useAnswers } from '../../wizard/answers';
import { parseAttempts } from '../../wizard/storage';
import { todayIso } from '../../wizard/dates';
import { officeNameFr, type FilingPlace } from '../../filing/communes';
import { buildLetter, fieldsFromAnswers, LETTER_KINDS, type Attempt, type LetterKind } from '../../filing/letters';
import { letterFor } from '../../filing/guide';
import type { Messages } from '../../locales/types';
import { FilingPlaceFinder } from '../checklist/FilingPlaceFinder';
import { cardName, makeT } from '../checklist/strings';
import { useSharedStrings } from '../checklist/useSharedStrings';
import { asciiDigits } from '../../locales/languages';
import { LetterTextSchema, TEXT_FIELDS, attemptSchema, letterText, type LetterText } from './letter-schema';

const ATTEMPTS_KEY = 'sesame.attempts';

const NONE: Messages = {};

/** Its strings come from /<lang>/strings.json, shared by every checklist and letter page of the language; `loading` is rendered by the page. */
export function LetterBuilder({ lang, cardId, legalBasis, channel, loading }: {
  lang: string; cardId: string; legalBasis: readonly string[]; channel: Parameters<typeof letterFor>[0]; loading: string;
}) {
  const strings = useSharedStrings(lang);
  if (!strings) return <p className="loading">{loading}</p>;
  // The letter names the title in French (the préfecture reads it), until the person changes it.
  return <LetterForm lang={lang} cardId={cardId} legalBasis={legalBasis} channel={channel} mine={strings.mine} titleFr={cardName(strings.fr, cardId)} />;
}

function LetterForm({ lang, cardId, legalBasis, channel, mine, titleFr }: {
  lang: string; cardId: string; legalBasis: readonly string[]; channel: Parameters<typeof letterFor>[0]; mine: Messages; titleFr: string;
}) {
  const t = useMemo(() => makeT(mine ?? NONE), [mine]);
  const id = useId();
  const { ready, answers } = useAnswers();
  const [kind, setKind] = useState<LetterKind>(letterFor(channel));
  // react-hook-form holds the letter's fields, checked by LetterTextSchema when a field is left and before printing.
  const { control, handleSubmit } = useForm<LetterText, unknown, LetterText>({
    defaultValues: { titleRequested: titleFr },
    resolver: zodResolver(LetterTextSchema) as unknown as Resolver<LetterText, unknown, LetterText>,
    mode: 'onTouched',
  });
  const typed = useWatch({ control });
  // The preview shows what will be printed: digits typed in another script written 0–9, as the schema does.
  const text = letterText(typed);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [place, setPlace] = useState<FilingPlace | null>(null);
  const [date, setDate] = useState('');

  useEffect(() => {
    // The device's date and saved attempts are known only after hydration.
    const q = new URLSearchParams(window.location.search).get('kind');
    /* eslint-disable react-hooks/set-state-in-effect */
    if (q === 'non-digital-alternative' || q === 'paper-appointment') setKind(q);
    setDate(todayIso());
    try {
      // Tampered attempts are dropped, never a crash (storage.ts parseAttempts).
      setAttempts(parseAttempts(window.localStorage.getItem(ATTEMPTS_KEY)));
    } catch {
      /* ignore */
    }
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  const saveAttempts = (next: Attempt[]) => {
    setAttempts(next);
    try {
      window.localStorage.setItem(ATTEMPTS_KEY, JSON.stringify(next));
    } catch {
      /* ignore */
    }
  };

  const fromAnswers = fieldsFromAnswers(ready ? answers : {}, { legalBasis });
  const letter = buildLetter(kind, {
    ...fromAnswers,
    ...Object.fromEntries(Object.entries(text).filter(([, v]) => typeof v === 'string' && v.trim())),
    postcode: text.postcode?.trim() || fromAnswers.postcode,
    city: text.city?.trim() || place?.commune.nom,
    office: place ? officeNameFr(place) : undefined,
    attempts,
    date,
  });
  const weeks = new Set(attempts.map((a) => weekOf(a.date)).filter(Boolean)).size;
  // Print only a letter the préfecture can use: a wrong postcode, phone or e-mail is said, and focused, first.
  const print = handleSubmit(() => window.print());

  return (
    <div className="lt">
      <div className="lt-form ck-no-print">
        <p>{t('checklist.letters.intro')}</p>
        <fieldset className="lt-kinds">
          <legend>{t('checklist.letters.which')}</legend>
          {LETTER_KINDS.map((k) => (
            <label key={k} className="lt-radio">
              <input type="radio" name={`${id}-k`} checked={kind === k} onChange={() => setKind(k)} /> {t(`checklist.letters.${k}`)}
            </label>
          ))}
        </fieldset>
        <p className="hint">{t('checklist.letters.optional')}</p>
        {/* Ids and names a browser cannot map to "name", "address", "phone"… (issue 15: no autofill). */}
        {TEXT_FIELDS.map((f, i) => (
          <TextField key={f} t={t} control={control} name={f} id={`${id}-t${i}`} htmlName={`xt${i}`} label={t(`checklist.letters.fields.${f}`)} multiline={f === 'address'} dir="auto" />
        ))}
        <h2>{t('checklist.letters.office')}</h2>
        <FilingPlaceFinder t={t} initialPostcode={fromAnswers.postcode} onPlace={setPlace} />
        <h2>{t('checklist.letters.attemptsTitle')}</h2>
        <p className="hint">{t('checklist.letters.attemptsHint')}</p>
        <AttemptLog t={t} today={date} attempts={attempts} onChange={saveAttempts} />
        {attempts.length > 0 && weeks < 3 && <p className="ck-error">{t('checklist.letters.fewWeeks')}</p>}
        <p className="ck-actions">
          <button type="button" className="button button-primary" onClick={() => void print()}>{t('checklist.letters.print')}</button>{' '}
          <Link href={`/${lang}/checklist/${cardId}/`} prefetch={false}>{t('checklist.letters.back')}</Link>
        </p>
        <p className="hint">{t('checklist.letters.send')}</p>
        <h2>{t('checklist.letters.preview')}</h2>
      </div>
      <div className="lt-letter" lang="fr" dir="ltr">
        {letter.sender.length > 0 && <p className="lt-sender">{letter.sender.map((l) => <span key={l}>{l}<br /></span>)}</p>}
        <p className="lt-recipient">{letter.recipient.map((l) => <span key={l}>{l}<br /></span>)}</p>
        {letter.placeAndDate && <p className="lt-date">{letter.placeAndDate}</p>}
        <p className="lt-sending">{letter.sending}</p>
        <p className="lt-subject"><strong>Objet : {letter.subject}</strong></p>
        <p>{letter.salutation}</p>
        {letter.paragraphs.map((p) => (
          <div key={p}>
            <p>{p}</p>
            {p.endsWith(':') && letter.attempts.length > 0 && <ul>{letter.attempts.map((a) => <li key={a}>{a}</li>)}</ul>}
          </div>
        ))}
        <p>{letter.closing}</p>
        <p className="lt-signature">{letter.signature.join(' ')}</p>
        <div className="lt-enclosures">
          <p>Pièces jointes :</p>
          <ul>{letter.enclosures.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      </div>
    </div>
  );
}

/**
 * One text field of a letters form: label, error under it (aria-describedby, "Error:" for screen readers), input.
 * Controlled by react-hook-form (useController), so the element's name can be one a browser cannot map to
 * "name", "phone"… (issue 15: no autofill) while the form knows the field by its own name.
 */
function TextField<V extends FieldValues>({ t, control, name, id, htmlName, label, multiline, dir, type, max }: {
  t: (k: string) => string; control: Control<V, unknown, V>; name: Path<V>; id: string; htmlName: string; label: string;
  multiline?: boolean; dir?: 'auto' | 'ltr'; type?: 'date'; max?: string;
}) {
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error?.message;
  const errId = `${id}-e`;
  const props = {
    id,
    name: htmlName,
    ref: field.ref,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: (e: { target: { value: string } }) => field.onChange(e.target.value),
    onBlur: field.onBlur,
    dir,
    autoComplete: 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errId : undefined,
  } as const;
  return (
    <div className={error ? 'lt-field field-error' : 'lt-field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errId} className="error-message">
          <span className="visually-hidden">{t('checklist.letters.errors.prefix')} </span>
          {t(`checklist.letters.errors.${error}`)}
        </p>
      )}
      {multiline ? <textarea rows={2} {...props} /> : <input type={type} max={max} {...props} />}
    </div>
  );
}

function weekOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
  return monday.toISOString().slice(0, 10);
}

type Entry = { date: string; note?: string };

function AttemptLog({ t, today, attempts, onChange }: { t: (k: string) => string; today: string; attempts: Attempt[]; onChange: (a: Attempt[]) => void }) {
  const id = useId();
  // Its own small form: a date that is not a real day, or is after today, is said under the field, never dropped silently.
  const schema = useMemo(() => attemptSchema(today), [today]);
  const { control, handleSubmit, reset } = useForm<Entry, unknown, Entry>({
    defaultValues: { date: '', note: '' },
    resolver: zodResolver(schema) as unknown as Resolver<Entry, unknown, Entry>,
    reValidateMode: 'onChange',
  });
  const add = handleSubmit((entry) => {
    const date = asciiDigits(entry.date).trim();
    const note = entry.note?.trim();
    onChange([...attempts, note ? { date, note } : { date }].sort((x, y) => x.date.localeCompare(y.date)));
    reset();
  });
  return (
    <div className="lt-attempts">
      {attempts.length > 0 && (
        <ul>
          {attempts.map((a, i) => (
            <li key={`${a.date}-${i}`}>
              <bdi>{a.date}</bdi> {a.note ? `— ${a.note}` : ''}{' '}
              <button type="button" className="linkish" onClick={() => onChange(attempts.filter((_, j) => j !== i))}>{t('checklist.letters.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <TextField t={t} control={control} name="date" id={`${id}-d`} htmlName="xa" label={t('checklist.letters.attemptDate')} type="date" max={today || undefined} />
      <TextField t={t} control={control} name="note" id={`${id}-n`} htmlName="xb" label={t('checklist.letters.attemptNote')} dir="auto" />
      <button type="button" className="button button-secondary" onClick={() => void add()}>
        {t('checklist.letters.addAttempt')}
      </button>
    </div>
  );
}
