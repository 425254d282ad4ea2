import type { Metadata } from 'next';
import { isLang, type Lang } from '../../../locales';
import { clientMessages, serverT } from '../../_pages/server';
import { I18nProvider } from '../../../components/I18nProvider';
import { CheckPage } from '../../_pages/CheckPage';

type Params = Promise<{ lang: string }>;
const langOf = async (p: Params): Promise<Lang> => {
  const l = (await p).lang;
  return isLang(l) ? l : 'fr';
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: serverT(await langOf(params))('ui.check.title') };
}

export default async function Page({ params }: { params: Params }) {
  const lang = await langOf(params);
  return (
    <I18nProvider lang={lang} messages={clientMessages(lang, ['facts'])}>
      <CheckPage lang={lang} />
    </I18nProvider>
  );
}
