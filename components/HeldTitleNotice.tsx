'use client';
/**
 * The title held now and the window to file its renewal (R431-5; F-6): "file before DD/MM (in N days)". Shown near the
 * top of the results; the rules compute the dates (rules/renewals.ts), this only words them.
 */
import { useTranslation } from '@/components/I18nProvider';
import type { HeldTitleInfo } from '../rules';
import { formatDate } from '../wizard/dates';

export function HeldTitleNotice({ held, lang }: { held: HeldTitleInfo; lang: string }) {
  const { t } = useTranslation();
  const d = (x: string) => formatDate(x, lang);
  return (
    <section className="notice held-title" aria-labelledby="held-title-heading" data-window={held.state}>
      <h2 id="held-title-heading">{t('ui.heldTitle.title')}</h2>
      {held.state === 'expired' ? (
        <p>
          <strong>{t('ui.heldTitle.expired', { date: d(held.expiresOn) })}</strong>
        </p>
      ) : (
        <>
          <p>{t('ui.heldTitle.expires', { date: d(held.expiresOn) })}</p>
          <p>{t('ui.heldTitle.window', { opens: d(held.opens), closes: d(held.closes) })}</p>
          <p>
            <strong>
              {held.state === 'late'
                ? t('ui.heldTitle.late', { date: d(held.closes) })
                : held.state === 'not-yet-open'
                  ? t('ui.heldTitle.notYetOpen', { date: d(held.opens) })
                  : held.daysLeft === 0
                    ? t('ui.heldTitle.fileToday', { date: d(held.closes) })
                    : t('ui.heldTitle.fileBefore', { date: d(held.closes), count: held.daysLeft })}
            </strong>
          </p>
        </>
      )}
      {held.verify && <p className="small">{t('ui.heldTitle.verify')}</p>}
      <p className="ref">
        <bdi dir="ltr">{held.ref}</bdi>
      </p>
    </section>
  );
}
