import { clientMessages, pageLang, titleMetadata, type LangParams } from '../../_pages/server';
import { I18nProvider } from '../../../components/I18nProvider';
import { CheckPage } from '../../_pages/CheckPage';

export const generateMetadata = titleMetadata('ui.check.title');

export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params);
  return (
    <I18nProvider lang={lang} messages={clientMessages(lang, ['facts'])}>
      <CheckPage lang={lang} />
    </I18nProvider>
  );
}
