'use client';
/**
 * Letter form + preview. The text is assembled by filing/letters.ts (pure, tested);
 * this component only collects the optional fields and prints. Nothing typed here is
 * saved, except the dates of attempts (kept on this device to build the log over weeks).
 */
import Link from 'next/link';
import { useEffect, useId, useMemo, useState } from 'react';
import { useAnswers } from '../../wizard/answers';
import { parseAttempts } from '../../wizard/storage';
import { todayIso } from '../../wizard/dates';
import { officeNameFr, type FilingPlace } from '../../filing/communes';
import { buildLetter, fieldsFromAnswers, LETTER_KINDS, type Attempt, type LetterFields, type LetterKind } from '../../filing/letters';
import { letterFor } from '../../filing/guide';
import type { Messages } from '../../locales/types';
import { FilingPlaceFinder } from '../checklist/FilingPlaceFinder';
import { cardName, makeT } from '../checklist/strings';
import { useSharedStrings } from '../checklist/useSharedStrings';

const ATTEMPTS_KEY = 'sesame.attempts';

type Text = Omit<LetterFields, 'date' | 'attempts' | 'legalBasis' | 'request'>;
const TEXT_FIELDS: (keyof Text)[] = ['fullName', 'address', 'postcode', 'city', 'foreignerNumber', 'phone', 'email', 'titleRequested', 'cccReference'];

const NONE: Messages = {};

/** Its strings come from /<lang>/strings.json, shared by every checklist and letter page of the language; `loading` is rendered by the page. */
export function LetterBuilder({ lang, cardId, legalBasis, channel, loading }: {
  lang: string; cardId: string; legalBasis: readonly string[]; channel: Parameters<typeof letterFor>[0]; loading: string;
}) {
  const strings = useSharedStrings(lang);
  const t = useMemo(() => makeT(strings?.mine ?? NONE), [strings]);
  const id = useId();
  const { ready, answers } = useAnswers();
  const [kind, setKind] = useState<LetterKind>(letterFor(channel));
  const [edited, setText] = useState<Text>({});
  // The letter names the title in French (the préfecture reads it), until the person changes it.
  const text: Text = { titleRequested: strings ? cardName(strings.fr, cardId) : '', ...edited };
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

  if (!strings) return <p className="loading">{loading}</p>;
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
          <p key={f} className="lt-field">
            <label htmlFor={`${id}-t${i}`}>{t(`checklist.letters.fields.${f}`)}</label>
            {f === 'address' ? (
              <textarea id={`${id}-t${i}`} name={`xt${i}`} rows={2} value={text[f] ?? ''} onChange={(e) => setText({ ...edited, [f]: e.target.value })} dir="auto" autoComplete="off" />
            ) : (
              <input id={`${id}-t${i}`} name={`xt${i}`} value={text[f] ?? ''} onChange={(e) => setText({ ...edited, [f]: e.target.value })} dir="auto" autoComplete="off" />
            )}
          </p>
        ))}
        <h2>{t('checklist.letters.office')}</h2>
        <FilingPlaceFinder t={t} initialPostcode={fromAnswers.postcode} onPlace={setPlace} />
        <h2>{t('checklist.letters.attemptsTitle')}</h2>
        <p className="hint">{t('checklist.letters.attemptsHint')}</p>
        <AttemptLog t={t} attempts={attempts} onChange={saveAttempts} />
        {attempts.length > 0 && weeks < 3 && <p className="ck-error">{t('checklist.letters.fewWeeks')}</p>}
        <p className="ck-actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>{t('checklist.letters.print')}</button>{' '}
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

function weekOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
  return monday.toISOString().slice(0, 10);
}

function AttemptLog({ t, attempts, onChange }: { t: (k: string) => string; attempts: Attempt[]; onChange: (a: Attempt[]) => void }) {
  const id = useId();
  const [d, setD] = useState('');
  const [note, setNote] = useState('');
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
      <p className="lt-field">
        <label htmlFor={`${id}-d`}>{t('checklist.letters.attemptDate')}</label>
        <input id={`${id}-d`} name="xa" type="date" value={d} onChange={(e) => setD(e.target.value)} autoComplete="off" />
      </p>
      <p className="lt-field">
        <label htmlFor={`${id}-n`}>{t('checklist.letters.attemptNote')}</label>
        <input id={`${id}-n`} name="xb" value={note} onChange={(e) => setNote(e.target.value)} dir="auto" autoComplete="off" />
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return;
          onChange([...attempts, note.trim() ? { date: d, note: note.trim() } : { date: d }].sort((x, y) => x.date.localeCompare(y.date)));
          setD('');
          setNote('');
        }}
      >
        {t('checklist.letters.addAttempt')}
      </button>
    </div>
  );
}
