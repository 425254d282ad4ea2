'use client';
import { useTranslation } from '@/components/I18nProvider';

/** Where to get help: associations and a specialist lawyer. Links are to other sites, marked as such. */
export function HelpContacts() {
  const { t } = useTranslation();
  return (
    <aside className="callout help" aria-labelledby="help-title">
      <h2 id="help-title">{t('ui.help.title')}</h2>
      <p>{t('ui.help.lead')}</p>
      <ul>
        <li>
          <span lang="fr">La Cimade</span> — {t('ui.help.cimade')} <span dir="ltr">(lacimade.org)</span>
        </li>
        <li>
          <span lang="fr">Gisti</span> — {t('ui.help.gisti')} <span dir="ltr">(gisti.org)</span>
        </li>
        <li>{t('ui.help.lawyer')}</li>
      </ul>
    </aside>
  );
}
