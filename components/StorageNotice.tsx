'use client';
/** Saved answers that could not be read: say so, offer the raw text for download, start afresh; they stay set aside until deleted here. Never a crash. */
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { dismissStorageProblem, useStorageProblem } from '../wizard/answers';

export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageProblem();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!problem) return;
    const u = URL.createObjectURL(new Blob([problem.raw], { type: 'text/plain;charset=utf-8' }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the Blob URL exists only in the browser
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [problem]);
  if (!problem) return null;
  return (
    <div className="notice notice-warning storage-notice" role="alert" data-storage-problem>
      <h2>{t('ui.storage.title')}</h2>
      <p>{t('ui.storage.body')}</p>
      <div className="button-row">
        {url && (
          <a className="button button-secondary" href={url} download="sesame-answers.txt">
            {t('ui.storage.download')}
          </a>
        )}
        <button type="button" className="button button-secondary" onClick={dismissStorageProblem}>
          {t('ui.storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
