'use client';
/** Results: red flags first, then the titles grouped by what the rules returned. No eligibility is decided here. */
import Link from 'next/link';
import { useMemo } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { evaluate, nextQuestions, type CardResult } from '../../rules';
import { AlertList } from '../../components/AlertList';
import { HeldTitleNotice } from '../../components/HeldTitleNotice';
import { FocusHeading } from '../../components/FocusHeading';
import { HelpContacts } from '../../components/HelpContacts';
import { GeneralReferrals, ReferralList } from '../../components/ReferralList';
import { ResultCard } from '../../components/ResultCard';
import { StorageNotice } from '../../components/StorageNotice';
import { useAnswers } from './answers';
import { formatDate, todayIso } from './dates';

export function ResultsPage({ lang, frNames }: { lang: string; frNames: Record<string, string> }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const asOf = todayIso();
  const { ev, left } = useMemo(
    () => (ready ? { ev: evaluate(answers, { asOf }), left: nextQuestions(answers, { asOf }) } : { ev: undefined, left: [] }),
    [ready, answers, asOf],
  );
  const empty = ready && Object.keys(answers).length === 0;

  const groups = useMemo(() => {
    const rs = ev?.results ?? [];
    return {
      eligible: rs.filter((r) => r.status === 'eligible'),
      discretionary: rs.filter((r) => r.status === 'possible' && r.kind === 'discretionary'),
      ifConfirmed: rs.filter((r) => r.status === 'possible' && r.kind === 'plein-droit'),
      // Titles whose regime gate fails (another nationality, EU family or not) are only counted, and listed on demand.
      ruledOut: rs.filter((r) => r.status === 'not-eligible' && !notForThisPerson(r)),
      notForYou: rs.filter((r) => r.status === 'not-eligible' && notForThisPerson(r)),
    };
  }, [ev]);
  const nothing = groups.eligible.length + groups.discretionary.length + groups.ifConfirmed.length === 0;

  // No background request depends on the results (issue 15): the worker keeps every checklist and letter
  // of the language, whatever the answers (app/sw.ts).

  const list = (rs: CardResult[], variant: 'full' | 'ruled-out') =>
    rs.map((r) => <ResultCard key={r.id} result={r} lang={lang} frName={frNames[r.id]} variant={variant} />);

  return (
    <div className="results-page">
      <StorageNotice />
      <FocusHeading>{t('ui.results.title')}</FocusHeading>
      {!ready && <p className="loading">{t('ui.common.loading')}</p>}
      {empty && (
        <>
          <p>{t('ui.check.empty')}</p>
          <Link className="button button-primary" href={`/${lang}/`}>
            {t('ui.check.start')}
          </Link>
        </>
      )}
      {ev && !empty && (
        <>
          <p className="lead">{t('ui.results.lead', { date: formatDate(asOf, lang) })}</p>
          <p className="small">{t('ui.results.disclaimer')}</p>
          <AlertList alerts={ev.alerts} lang={lang} />
          {ev.heldTitle && <HeldTitleNotice held={ev.heldTitle} lang={lang} />}
          <ReferralList referrals={ev.referrals} />
          {left.length > 0 && (
            <div className="notice">
              <p>{t('ui.results.unanswered', { count: left.length })}</p>
              <Link href={`/${lang}/q/${left[0]}/`} prefetch={false}>{t('ui.check.continueQuestions')}</Link>
            </div>
          )}
          {nothing && (
            <section className="nothing" aria-labelledby="nothing-title">
              <h2 id="nothing-title">{t('ui.results.nothingTitle')}</h2>
              <p>{t('ui.results.nothingBody')}</p>
            </section>
          )}
          {groups.eligible.length > 0 && (
            <section className="result-group" aria-labelledby="g-eligible">
              <h2 id="g-eligible">{t('ui.results.groups.eligible.title')}</h2>
              <p className="group-lead">{t('ui.results.groups.eligible.lead')}</p>
              {list(groups.eligible, 'full')}
            </section>
          )}
          {groups.discretionary.length > 0 && (
            <section className="result-group" aria-labelledby="g-discretionary">
              <h2 id="g-discretionary">{t('ui.results.groups.discretionary.title')}</h2>
              <p className="group-lead">{t('ui.results.groups.discretionary.lead')}</p>
              {list(groups.discretionary, 'full')}
            </section>
          )}
          {groups.ifConfirmed.length > 0 && (
            <section className="result-group" aria-labelledby="g-if-confirmed">
              <h2 id="g-if-confirmed">{t('ui.results.groups.ifConfirmed.title')}</h2>
              <p className="group-lead">{t('ui.results.groups.ifConfirmed.lead')}</p>
              {list(groups.ifConfirmed, 'full')}
            </section>
          )}
          <HelpContacts />
          {groups.ruledOut.length > 0 && (
            <details className="ruled-out">
              <summary>{t('ui.results.groups.ruledOut.title', { count: groups.ruledOut.length })}</summary>
              <p className="group-lead">{t('ui.results.groups.ruledOut.lead')}</p>
              {list(groups.ruledOut, 'ruled-out')}
            </details>
          )}
          {groups.notForYou.length > 0 && (
            <details className="ruled-out ruled-out-others">
              <summary>{t('ui.results.groups.ruledOut.others', { count: groups.notForYou.length })}</summary>
              <p className="group-lead">{t('ui.results.groups.ruledOut.othersLead')}</p>
              {list(groups.notForYou, 'ruled-out')}
            </details>
          )}
          <GeneralReferrals referrals={ev.referrals} />
          <p className="button-row">
            <Link className="button button-secondary" href={`/${lang}/check/`}>
              {t('ui.results.changeAnswers')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

/** Ruled out because the title belongs to another regime (its 'applicable-regime' gate is unmet): another nationality's accord, EU family or not. */
const notForThisPerson = (r: CardResult) => r.reasons.some((x) => x.id === 'applicable-regime');
