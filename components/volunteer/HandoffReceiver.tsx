'use client';
/**
 * Arrival of a hand-off link: reads the fragment once, clears it from the address bar at
 * once (history.replaceState), validates and migrates, then saves. A bad link changes nothing.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { readFragment, type HandoffResult } from '../../app/_wizard/handoff';
import { saveAnswers } from '../../app/_wizard/answers';

type State = { kind: 'reading' } | { kind: 'none' } | { kind: 'done'; result: HandoffResult };

// Read once per page load (React may run an effect twice in development).
let read: State | null = null;

function receive(): State {
  if (read) return read;
  const result = readFragment(window.location.hash);
  if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  if (result?.ok) saveAnswers(result.answers);
  read = result ? { kind: 'done', result } : { kind: 'none' };
  return read;
}

export function HandoffReceiver({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'reading' });
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the fragment exists only in the browser
    setState(receive());
  }, []);
  return (
    <div aria-live="polite" className="v-receive">
      {state.kind === 'reading' && <p>{t('ui.common.loading')}</p>}
      {state.kind === 'none' && <p className="notice">{t('volunteer.receive.none')}</p>}
      {state.kind === 'done' && state.result.ok && (
        <div className="notice" data-handoff="ok">
          <p>
            <strong>{t('volunteer.receive.okTitle')}</strong>
          </p>
          <p>{t('volunteer.receive.okBody', { count: Object.keys(state.result.answers).length })}</p>
          {state.result.migratedFrom !== undefined && <p className="small">{t('volunteer.receive.migrated', { version: state.result.migratedFrom })}</p>}
          <div className="button-row">
            <Link className="button button-primary" href={`/${lang}/results/`}>
              {t('volunteer.receive.results')}
            </Link>
            <Link className="button button-secondary" href={`/${lang}/check/`}>
              {t('volunteer.receive.check')}
            </Link>
          </div>
        </div>
      )}
      {state.kind === 'done' && !state.result.ok && (
        <div className="notice notice-warning" role="alert" data-handoff="error">
          <p>
            <strong>{t('volunteer.receive.badTitle')}</strong>
          </p>
          <p>{t(`volunteer.handoff.problems.${state.result.problem}`)}</p>
          <p>{t('volunteer.receive.badBody')}</p>
        </div>
      )}
    </div>
  );
}
