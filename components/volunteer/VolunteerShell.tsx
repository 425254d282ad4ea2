'use client';
/** Frame of the volunteer pages: the on/off switch, "next person", and the page only when the mode is on. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { StorageNotice } from '../StorageNotice';
import { nextPerson, setVolunteerMode, useVolunteerMode } from '../../wizard/volunteer-mode';

export function VolunteerShell({ lang, page, children }: { lang: string; page: 'form' | 'results'; children: ReactNode }) {
  const { t } = useTranslation();
  const on = useVolunteerMode();
  return (
    <div className="volunteer">
      <div className="v-toolbar">
        <label className="v-switch">
          <input type="checkbox" role="switch" checked={on === true} disabled={on === null} onChange={(e) => setVolunteerMode(e.target.checked)} />{' '}
          {t('volunteer.mode.switch')}
        </label>
        {on && (
          <button type="button" className="button button-danger v-next" onClick={() => void nextPerson(lang)}>
            {t('volunteer.nextPerson.button')}
          </button>
        )}
      </div>
      {on === false && (
        <div className="notice">
          <p>{t('volunteer.mode.offBody')}</p>
          <ul>
            <li>{t('volunteer.mode.what1')}</li>
            <li>{t('volunteer.mode.what2')}</li>
            <li>{t('volunteer.mode.what3')}</li>
          </ul>
          <p className="small">{t('volunteer.mode.device')}</p>
        </div>
      )}
      {on && (
        <>
          {page === 'form' && <p className="small">{t('volunteer.nextPerson.hint')}</p>}
          <StorageNotice />
          <nav aria-label={t('volunteer.nav.label')} className="v-pages">
            <Link href={`/${lang}/volunteer/`} aria-current={page === 'form' ? 'page' : undefined}>
              {t('volunteer.nav.form')}
            </Link>
            <Link href={`/${lang}/volunteer/results/`} aria-current={page === 'results' ? 'page' : undefined}>
              {t('volunteer.nav.results')}
            </Link>
          </nav>
          {children}
        </>
      )}
    </div>
  );
}
