'use client';
import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { STORAGE_KEY } from '../wizard/keys';

const hasSaved = () => {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
};

/** Start, or continue with the answers saved on this device (checked in full on the next page). */
export function StartActions({ lang, firstHref }: { lang: string; firstHref: string }) {
  const { t } = useTranslation();
  const saved = useSyncExternalStore(() => () => {}, hasSaved, () => false);
  if (saved) {
    return (
      <div className="start-actions">
        <p>{t('ui.start.savedFound')}</p>
        <div className="button-row">
          <Link className="button button-primary button-start" href={`/${lang}/check/`}>
            {t('ui.start.continue')}
          </Link>
        </div>
        <p className="small">{t('ui.start.savedHint')}</p>
      </div>
    );
  }
  return (
    <div className="start-actions">
      <Link className="button button-primary button-start" href={firstHref} prefetch={false}>
        {t('ui.start.button')} <span aria-hidden="true" className="arrow">→</span>
      </Link>
    </div>
  );
}
