'use client';
/**
 * "What would change the answer" when only the 2026 French test and civic exam stand in the way (X5): which tests,
 * before which day (the last day to file the renewal), and where they are taken (official test families and the
 * civic-exam rules; no centre is named). The rules decide when to show it (rules/integration-path.ts).
 */
import { useTranslation } from '@/components/I18nProvider';
import type { IntegrationPath } from '../rules';
import { formatDate } from '../wizard/dates';

export function IntegrationPathNote({ path, lang }: { path: IntegrationPath; lang: string }) {
  const { t } = useTranslation();
  const french = path.tests.some((x) => x === 'french-a2' || x === 'french-b1');
  const civic = path.tests.some((x) => x === 'civic-exam-csp' || x === 'civic-exam-resident');
  return (
    <div className="notice integration-path" data-integration-path={path.tests.join(' ')}>
      <p>
        <strong>{t('ui.results.integrationPath.title')}</strong> {t('ui.results.integrationPath.lead')}
      </p>
      <ul>
        {path.tests.map((x) => (
          <li key={x}>{t(`ui.results.integrationPath.tests.${x}`)}</li>
        ))}
      </ul>
      {path.before && <p>{t('ui.results.integrationPath.before', { date: formatDate(path.before, lang), count: path.daysLeft ?? 0 })}</p>}
      {french && <p className="small">{t('ui.results.integrationPath.whereFrench')}</p>}
      {civic && <p className="small">{t('ui.results.integrationPath.whereCivic')}</p>}
      <p className="ref">
        <bdi dir="ltr">{path.ref}</bdi>
      </p>
    </div>
  );
}
