import type { Metadata } from 'next';
import { isLang, type Lang } from '../../../locales';
import { clientMessages, serverT } from '../../_pages/server';
import { FocusHeading } from '../../../components/FocusHeading';
import { I18nProvider } from '../../../components/I18nProvider';
import { VolunteerShell } from '../../../components/volunteer/VolunteerShell';
import { VolunteerForm } from '../../../components/volunteer/VolunteerForm';
import '../../../components/volunteer/volunteer.css';

type Params = Promise<{ lang: string }>;
const langOf = async (p: Params): Promise<Lang> => {
  const l = (await p).lang;
  return isLang(l) ? l : 'fr';
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: serverT(await langOf(params))('volunteer.title'), robots: { index: false } };
}

export default async function Page({ params }: { params: Params }) {
  const lang = await langOf(params);
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
