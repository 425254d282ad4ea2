'use client';
/**
 * Volunteer results: red flags first, then every title with its full trace, evaluated on a
 * chosen filing date (asOf), with "eligible from" and the smallest change from the rules.
 */
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { evaluate, type CardResult } from '../../rules';
import { walk } from '../../rules/logic';
import { smallestChange, type Projection } from '../../rules/projection';
import { isIsoDate } from '../../rules/dates';
import { groupByStatus } from '../../rules/results';
import { AlertList } from '../AlertList';
import { useAnswers } from '../../wizard/answers';
import { formatDate, todayIso } from '../../wizard/dates';
import { HandoffPanel } from './HandoffPanel';
import { projectAll } from './projections';
import { VolunteerCard } from './VolunteerCard';

export function VolunteerResults({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const [dateText, setDateText] = useState('');
  const today = ready ? todayIso() : '';
  const asOf = isIsoDate(dateText) && dateText >= '1900-01-01' && dateText <= '2100-12-31' ? dateText : today;
  const ev = useMemo(() => (ready && asOf ? evaluate(answers, { asOf }) : undefined), [ready, answers, asOf]);
  const empty = ready && Object.keys(answers).length === 0;

  // The grouping by status and kind is the rules' (rules/results.ts groupByStatus); this page only names the groups.
  const byStatus = useMemo(() => groupByStatus(ev?.results ?? []), [ev]);
  const groups = [
    { id: 'eligible', list: byStatus.eligible },
    { id: 'discretionary', list: byStatus['possible-discretionary'] },
    { id: 'ifConfirmed', list: byStatus['possible-plein-droit'] },
  ];
  const ruledOut = byStatus['not-eligible'];

  // "Eligible from": computed after the page shows, in small steps; restarted when the date or the answers change.
  const [projections, setProjections] = useState<{ key: string; map: Map<string, Projection> } | null>(null);
  const key = `${asOf}|${JSON.stringify(answers)}`;
  useEffect(() => {
    if (!ev) return;
    let cancelled = false;
    void projectAll(answers, ruledOut.map((r) => r.id), asOf, () => cancelled).then((map) => {
      if (map && !cancelled) setProjections({ key, map });
    });
    return () => {
      cancelled = true;
    };
  }, [ev, answers, ruledOut, asOf, key]);
  const current = projections?.key === key ? projections.map : undefined;

  const card = (r: CardResult) => (
    <VolunteerCard
      key={r.id}
      r={r}
      lang={lang}
      assessed={walk(r.conditions).filter((n) => n.assessedBy)}
      changes={smallestChange(r.conditions)}
      projection={current?.get(r.id)}
      computing={!current}
    />
  );

  return (
    <div className="v-results">
      {!ready && <p className="loading">{t('ui.common.loading')}</p>}
      {empty && (
        <p className="notice">
          {t('volunteer.results.empty')} <Link href={`/${lang}/volunteer/`}>{t('volunteer.results.toForm')}</Link>
        </p>
      )}
      {ev && !empty && (
        <>
          {/* Red flags first: before the date and before any title. */}
          <AlertList alerts={ev.alerts} lang={lang} />
          <div className="v-asof">
            <label htmlFor="v-as-of" className="label">
              {t('volunteer.results.asOfLabel')}
            </label>
            <p id="v-as-of-hint" className="small">
              {t('volunteer.results.asOfHint')}
            </p>
            <span className="v-inline">
              <input
                id="v-as-of"
                type="date"
                autoComplete="off"
                className="input v-date"
                dir="ltr"
                value={dateText || today}
                min="1900-01-01"
                max="2100-12-31"
                aria-describedby="v-as-of-hint"
                onChange={(e) => setDateText(e.target.value)}
              />
              {dateText && dateText !== today && (
                <button type="button" className="button button-secondary" onClick={() => setDateText('')}>
                  {t('volunteer.results.today')}
                </button>
              )}
            </span>
          </div>
          <p className="lead" aria-live="polite" data-as-of={asOf}>
            {t('volunteer.results.lead', { date: formatDate(asOf, lang) })}
          </p>
          {groups.map(
            (g) =>
              g.list.length > 0 && (
                <section key={g.id} className="result-group" aria-labelledby={`v-g-${g.id}`} data-group={g.id}>
                  <h2 id={`v-g-${g.id}`}>{t(`volunteer.results.groups.${g.id}`, { count: g.list.length })}</h2>
                  {g.list.map(card)}
                </section>
              ),
          )}
          {groups.every((g) => g.list.length === 0) && <p className="nothing">{t('volunteer.results.nothing')}</p>}
          {ruledOut.length > 0 && (
            <details className="ruled-out" data-group="ruledOut">
              <summary>{t('volunteer.results.groups.ruledOut', { count: ruledOut.length })}</summary>
              {ruledOut.map(card)}
            </details>
          )}
          <HandoffPanel lang={lang} answers={answers} />
        </>
      )}
    </div>
  );
}
