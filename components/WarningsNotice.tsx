'use client';
/** A title's warnings, as the rules name them: the card's own text, else a shared one (results page, volunteer view). */
import { useTranslation, type TFunction } from '@/components/I18nProvider';
import { StatusIcon } from './StatusIcon';

export const warningText = (t: TFunction, id: string): string =>
  t(`warnings.${id}`) || t(`ui.warningsCommon.${id}`) || t('ui.results.warningFallback');

export function WarningsNotice({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <div className="notice notice-warning">
      <ul>
        {warnings.map((w) => (
          <li key={w}>
            <StatusIcon value="warning" /> {warningText(t, w)}
          </li>
        ))}
      </ul>
    </div>
  );
}
