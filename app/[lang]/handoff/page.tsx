import type { Metadata } from 'next';
import { isLang, type Lang } from '../../../locales';
import { clientMessages, serverT } from '../../_pages/server';
import { FocusHeading } from '../../../components/FocusHeading';
import { I18nProvider } from '../../../components/I18nProvider';
import { HandoffReceiver } from '../../../components/volunteer/HandoffReceiver';

type Params = Promise<{ lang: string }>;
const langOf = async (p: Params): Promise<Lang> => {
  const l = (await p).lang;
  return isLang(l) ? l : 'fr';
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: serverT(await langOf(params))('volunteer.receive.title'), robots: { index: false } };
}

/** Where a volunteer's QR code leads: the answers arrive in the fragment, never sent to a server. */
export default async function Page({ params }: { params: Params }) {
  const lang = await langOf(params);
  const t = serverT(lang);
  return (
    <>
      <FocusHeading>{t('volunteer.receive.title')}</FocusHeading>
      <p>{t('volunteer.receive.lead')}</p>
      <I18nProvider lang={lang} messages={clientMessages(lang, ['volunteer.receive', 'volunteer.handoff.problems'])}>
        <HandoffReceiver lang={lang} />
      </I18nProvider>
    </>
  );
}
