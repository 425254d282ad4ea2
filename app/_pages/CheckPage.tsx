'use client';
/** Every answer, grouped by chapter, each with a "Change" link that comes back here. */
import Link from 'next/link';
import { useMemo } from 'react';
import { useTranslation } from '@/components/I18nProvider';
import { CHAPTERS, FACTS, FACT_IDS, nextScreen, screensLeft, type FactId } from '../../rules';
import { FocusHeading } from '../../components/FocusHeading';
import { StorageNotice } from '../../components/StorageNotice';
import { useAnswers } from '../../wizard/answers';
import { todayIso } from '../../wizard/dates';
import { answerText } from '../../wizard/format';

export function CheckPage({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  const { next, left } = useMemo(
    () => (ready ? { next: nextScreen(answers, { asOf: todayIso() }), left: screensLeft(answers, { asOf: todayIso() }) } : { next: undefined, left: 0 }),
    [ready, answers],
  );
  const answered = FACT_IDS.filter((id) => answers[id] !== undefined);
  const byChapter = CHAPTERS.map((c) => ({ chapter: c, ids: answered.filter((id) => FACTS[id].chapter === c) })).filter((g) => g.ids.length);

  return (
    <div className="check-page">
      <StorageNotice />
      <FocusHeading>{t('ui.check.title')}</FocusHeading>
      {!ready ? (
        <p className="loading">{t('ui.common.loading')}</p>
      ) : answered.length === 0 ? (
        <>
          <p>{t('ui.check.empty')}</p>
          <Link className="button button-primary" href={`/${lang}/`}>
            {t('ui.check.start')}
          </Link>
        </>
      ) : (
        <>
          <p className="lead">{t('ui.check.lead')}</p>
          {byChapter.map(({ chapter, ids }) => (
            <section key={chapter} className="summary-section" aria-labelledby={`ch-${chapter}`}>
              <h2 id={`ch-${chapter}`}>{t(`ui.chapters.${chapter}`)}</h2>
              <dl className="summary-list">
                {ids.map((id: FactId) => {
                  const label = t(`facts.${id}.summary`) || t(`facts.${id}.question`);
                  return (
                    <div className="summary-row" key={id}>
                      <dt>{label}</dt>
                      <dd className="summary-value">{answerText(t, lang, id, answers[id])}</dd>
                      <dd className="summary-action">
                        <Link href={`/${lang}/q/${id}/?from=check`} prefetch={false}>
                          {t('ui.check.change')}
                          <span className="visually-hidden"> : {label}</span>
                        </Link>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          ))}
          {next ? (
            <div className="notice">
              <p>{t('ui.check.moreQuestions', { count: left })}</p>
              <Link className="button button-primary" href={`/${lang}/q/${next.id}/`} prefetch={false}>
                {t('ui.check.continueQuestions')}
              </Link>
            </div>
          ) : (
            <div className="button-row">
              <Link className="button button-primary" href={`/${lang}/results/`}>
                {t('ui.check.seeResults')}
              </Link>
            </div>
          )}
        </>
      )}
    </div>
  );
}
