import { clientMessages, pageLang, serverT, titleMetadata, type LangParams } from '../../_pages/server';
import { FocusHeading } from '../../../components/FocusHeading';
import { I18nProvider } from '../../../components/I18nProvider';
import { HandoffReceiver } from '../../../components/volunteer/HandoffReceiver';

export const generateMetadata = titleMetadata('volunteer.receive.title', { robots: { index: false } });

/** Where a volunteer's QR code leads: the answers arrive in the fragment, never sent to a server. */
export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params);
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
