import { clientMessages, pageLang, serverT, titleMetadata, type LangParams } from '../../_pages/server';
import { FocusHeading } from '../../../components/FocusHeading';
import { I18nProvider } from '../../../components/I18nProvider';
import { VolunteerShell } from '../../../components/volunteer/VolunteerShell';
import { VolunteerForm } from '../../../components/volunteer/VolunteerForm';
import '../../../components/volunteer/volunteer.css';

export const generateMetadata = titleMetadata('volunteer.title', { robots: { index: false } });

export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params);
  const t = serverT(lang);
  return (
    <>
      <FocusHeading>{t('volunteer.title')}</FocusHeading>
      <p className="lead">{t('volunteer.lead')}</p>
      <I18nProvider lang={lang} messages={clientMessages(lang, ['volunteer', 'facts'])}>
        <VolunteerShell lang={lang} page="form">
          <VolunteerForm lang={lang} />
        </VolunteerShell>
      </I18nProvider>
    </>
  );
}
