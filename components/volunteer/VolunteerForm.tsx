'use client';
/** The volunteer's entry page: import a file, then the chapters. */
import { useTranslation } from '@/components/I18nProvider';
import { useAnswers } from '../../wizard/answers';
import { todayIso } from '../../wizard/dates';
import { ChapterForm } from './ChapterForm';
import { ImportAnswers } from './HandoffPanel';

export function VolunteerForm({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const { ready, answers } = useAnswers();
  if (!ready) return <p className="loading">{t('ui.common.loading')}</p>;
  return (
    <>
      <details className="v-import-box">
        <summary>{t('volunteer.form.importTitle')}</summary>
        <ImportAnswers />
      </details>
      <ChapterForm lang={lang} answers={answers} asOf={todayIso()} />
    </>
  );
}
