'use client';
/** Red flags, before any title: removal order and its deadline, Dublin, a refusal to challenge, a title to renew now. */
import { useTranslation } from '@/components/I18nProvider';
import type { Alert } from '../rules';
import { formatDate } from '../app/_wizard/dates';
import { StatusIcon } from './StatusIcon';

export function AlertList({ alerts, lang }: { alerts: readonly Alert[]; lang: string }) {
  const { t } = useTranslation();
  if (!alerts.length) return null;
  return (
    <section className="alerts" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('ui.alerts.title')}</h2>
      {alerts.map((a) => (
        <div key={a.id} className={`alert alert-${a.id}`} data-alert={a.id}>
          <h3>
            <StatusIcon value="warning" /> {t(`ui.alerts.${a.id}.title`)}
          </h3>
          <p>{t(`ui.alerts.${a.id}.body`, a.expiresOn ? { date: formatDate(a.expiresOn, lang) } : undefined)}</p>
          {a.deadline && (
            <p>
              {/* A title renewal names its own deadline ("last day to file … in N days"); removal orders, the challenge deadline. */}
              <strong>
                {t(`ui.alerts.${a.id}.deadline`, { date: formatDate(a.deadline, lang), count: a.daysLeft ?? 0 }) ||
                  t('ui.alerts.deadline', { date: formatDate(a.deadline, lang) })}
              </strong>
            </p>
          )}
          {a.deadlineHours !== undefined && (
            <p>
              <strong>{t('ui.alerts.deadlineHours', { hours: a.deadlineHours })}</strong>
            </p>
          )}
          {a.id !== 'eu-citizen' && a.id !== 'title-renewal-due' && <p>{t('ui.alerts.actNow')}</p>}
          <p className="ref">
            <bdi dir="ltr">{a.ref}</bdi>
          </p>
        </div>
      ))}
    </section>
  );
}
