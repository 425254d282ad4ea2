'use client';
/**
 * Arrival of a hand-off link: reads the fragment once and clears it from the address bar at once
 * (history.replaceState). The answers in it are encrypted (wizard/handoff.ts): the person types
 * the 20-digit code the volunteer reads out; only then are they decrypted, validated, migrated and
 * saved. The sealed link stays in this page's memory only. A bad link or a wrong code changes nothing.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { CODE_DIGITS, normaliseCode, openHandoff, readFragment, type HandoffProblem, type HandoffResult, type ParsedToken, type SealedHandoff } from '../../wizard/handoff';
import { asciiDigits } from '../../locales/languages';
import { saveAnswers } from '../../wizard/answers';

type State =
  | { kind: 'reading' }
  | { kind: 'none' }
  | { kind: 'code'; sealed: SealedHandoff; error?: 'incomplete' | 'wrong'; typed?: number; opening?: boolean }
  | { kind: 'done'; result: HandoffResult };

// Read once per page load (React may run an effect twice in development).
let read: ParsedToken | null | undefined;

function receive(): State {
  if (read === undefined) {
    read = readFragment(window.location.hash);
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  if (!read) return { kind: 'none' };
  return read.ok ? { kind: 'code', sealed: read.sealed } : { kind: 'done', result: read };
}

const digitsTyped = (text: string) => (asciiDigits(text).match(/[0-9]/g) ?? []).length;

export function HandoffReceiver({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [code, setCode] = useState('');
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment exists only in the browser
    setState(receive());
    // A second link opened in the same tab changes only the fragment: read it as a new arrival.
    const onHash = () => {
      if (!window.location.hash) return;
      read = undefined;
      setCode('');
      setState(receive());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const submit = async () => {
    if (state.kind !== 'code' || state.opening) return;
    if (!normaliseCode(code)) return setState({ ...state, error: 'incomplete', typed: digitsTyped(code) });
    setState({ ...state, error: undefined, opening: true });
    const result = await openHandoff(state.sealed, code);
    if (!result.ok && result.problem === 'wrong-code') return setState({ kind: 'code', sealed: state.sealed, error: 'wrong' });
    if (result.ok) saveAnswers(result.answers);
    setCode('');
    setState({ kind: 'done', result });
  };

  return (
    <div className="v-receive">
      {state.kind === 'reading' && <p>{t('ui.common.loading')}</p>}
      {state.kind === 'none' && <p className="notice">{t('volunteer.receive.none')}</p>}
      {state.kind === 'code' && (
        <form
          className="v-code-form"
          autoComplete="off"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2>{t('volunteer.receive.codeTitle')}</h2>
          <div className={state.error ? 'field field-error' : 'field'}>
            <label htmlFor="hc-x" className="label">
              {t('volunteer.receive.codeLabel')}
            </label>
            <p className="hint" id="hc-x-hint">
              {t('volunteer.receive.codeHint')}
            </p>
            {state.error && (
              <p className="error-message" id="hc-x-error" role="alert">
                {state.error === 'incomplete'
                  ? t('volunteer.receive.codeIncomplete', { count: state.typed ?? 0 })
                  : `${t('volunteer.receive.wrongCode')} ${t('volunteer.receive.tries')}`}
              </p>
            )}
            <input
              id="hc-x"
              name="hc-x"
              className="input input-code"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              dir="ltr"
              maxLength={CODE_DIGITS * 2}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-describedby={state.error ? 'hc-x-hint hc-x-error' : 'hc-x-hint'}
              aria-invalid={state.error ? true : undefined}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={state.opening}>
              {t('volunteer.receive.open')}
            </button>
          </div>
          <p aria-live="polite">{state.opening ? t('volunteer.receive.opening') : ''}</p>
        </form>
      )}
      <div aria-live="polite">
        {state.kind === 'done' && state.result.ok && (
          <div className="notice" data-handoff="ok">
            <p>
              <strong>{t('volunteer.receive.okTitle')}</strong>
            </p>
            <p>{t('volunteer.receive.okBody', { count: Object.keys(state.result.answers).length })}</p>
            {state.result.migratedFrom !== undefined && <p className="small">{t('volunteer.receive.migrated', { version: state.result.migratedFrom })}</p>}
            <div className="button-row">
              <Link className="button button-primary" href={`/${lang}/results/`} prefetch={false}>
                {t('volunteer.receive.results')}
              </Link>
              <Link className="button button-secondary" href={`/${lang}/check/`} prefetch={false}>
                {t('volunteer.receive.check')}
              </Link>
            </div>
          </div>
        )}
        {state.kind === 'done' && !state.result.ok && <Problem t={t} problem={state.result.problem} />}
      </div>
    </div>
  );
}

function Problem({ t, problem }: { t: (k: string) => string; problem: HandoffProblem }) {
  return (
    <div className="notice notice-warning" role="alert" data-handoff="error" data-problem={problem}>
      <p>
        <strong>{t('volunteer.receive.badTitle')}</strong>
      </p>
      <p>{t(`volunteer.handoff.problems.${problem}`)}</p>
      <p>{t('volunteer.receive.badBody')}</p>
    </div>
  );
}
