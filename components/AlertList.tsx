'use client';
/** Red flags, before any title: removal order and its deadline, Dublin, a refusal to challenge, a title to renew now. */
import { useTranslation, type TFunction } from '@/components/I18nProvider';
import type { Alert, ChallengeDeadline } from '../rules';
import { formatDate } from '../wizard/dates';
import { StatusIcon } from './StatusIcon';
import { isolateLatin } from './Bidi';
import { duration } from '../locales/duration';
import { remedyValues, type RemedyValues } from './remedyValues';

export function AlertList({ alerts, lang }: { alerts: readonly Alert[]; lang: string }) {
  const { t } = useTranslation();
  if (!alerts.length) return null;
  // Time limits and articles of the remedies come from rules/remedies.ts; the strings only interpolate them.
  const rv = remedyValues(lang, t);
  return (
    <section className="alerts" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('ui.alerts.title')}</h2>
      {alerts.map((a) => (
        <div key={a.id} className={`alert alert-${a.id}`} data-alert={a.id} data-deadline-passed={a.deadlinePassed ? 'true' : undefined}>
          <h3>
            <StatusIcon value="warning" /> {t(`ui.alerts.${a.id}.title`)}
          </h3>
          {/* The rules read the deadline against the evaluation date: once it has passed, never "challenge it now". */}
          <p>
            {isolateLatin(t(`ui.alerts.${a.id}.${a.deadlinePassed ? 'bodyPassed' : 'body'}`, a.expiresOn ? { ...rv, date: formatDate(a.expiresOn, lang) } : rv))}
          </p>
          {a.deadline && a.id.startsWith('title-') ? (
            <p>
              {/* A title renewal names its own deadline ("last day to file … in N days"). */}
              <strong>{t(`ui.alerts.${a.id}.deadline`, { date: formatDate(a.deadline, lang), count: a.daysLeft ?? 0 })}</strong>
            </p>
          ) : (
            <Deadline a={a} lang={lang} />
          )}
          {a.deadlineDepends && (
            <div className="alert-depends">
              <p>{t('ui.alerts.depends.title')}</p>
              <ul>
                {a.deadlineDepends.map((d) => (
                  <li key={d.detention}>{isolateLatin(dependsLine(t, d, lang, rv))}</li>
                ))}
              </ul>
            </div>
          )}
          {a.id === 'oqtf' && <Enforcement a={a} lang={lang} rv={rv} />}
          {a.id !== 'eu-citizen' && !a.id.startsWith('title-') && <p>{t('ui.alerts.actNow')}</p>}
          <p className="ref">
            <bdi dir="ltr">{a.ref}</bdi>
          </p>
        </div>
      ))}
    </section>
  );
}

function Deadline({ a, lang }: { a: Alert; lang: string }) {
  const { t } = useTranslation();
  if (a.deadline) {
    const key = a.deadlinePassed ? 'ui.alerts.deadlinePassed' : 'ui.alerts.deadline';
    return (
      <p>
        <strong>{t(key, { date: formatDate(a.deadline, lang) })}</strong>
      </p>
    );
  }
  if (a.deadlineHours !== undefined) {
    const key = a.deadlinePassed ? 'ui.alerts.deadlineHoursPassed' : 'ui.alerts.deadlineHours';
    return (
      <p>
        <strong>{t(key, { hours: duration('hours', a.deadlineHours, lang, t) })}</strong>
      </p>
    );
  }
  return null;
}

function dependsLine(t: TFunction, d: ChallengeDeadline, lang: string, rv: RemedyValues): string {
  const place = t(`ui.alerts.depends.${d.detention}`, { ...rv, hours: d.deadlineHours !== undefined ? duration('hours', d.deadlineHours, lang, t) : rv.oqtfRetentionHours });
  if (d.deadline) return `${place} — ${t(d.passed ? 'ui.alerts.depends.passedOn' : 'ui.alerts.depends.until', { date: formatDate(d.deadline, lang) })}`;
  if (d.passed) return `${place} — ${t('ui.alerts.depends.passed')}`;
  return place;
}

/** F-10: the order can be enforced for years (rules/remedies.ts), which is what going to the préfecture in person risks. */
function Enforcement({ a, lang, rv }: { a: Alert; lang: string; rv: RemedyValues }) {
  const { t } = useTranslation();
  if (a.enforcementEnded) return <p>{isolateLatin(t('ui.alerts.enforcement.ended', rv))}</p>;
  return (
    <p>
      {isolateLatin(
        a.enforceableUntil
          ? t('ui.alerts.enforcement.until', { ...rv, date: formatDate(a.enforceableUntil, lang) })
          : t('ui.alerts.enforcement.noDate', rv),
      )}{' '}
      {t('ui.alerts.enforcement.inPerson')}
    </p>
  );
}
