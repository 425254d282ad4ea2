import type { Metadata } from 'next';
import { CATALOGUE } from '../../../rules';
import { isLang, loadMessages, lookup, type Lang } from '../../../locales';
import { clientMessages, serverT } from '../../_pages/server';
import { I18nProvider } from '../../../components/I18nProvider';
import { ResultsPage } from '../../_pages/ResultsPage';

type Params = Promise<{ lang: string }>;
const langOf = async (p: Params): Promise<Lang> => {
  const l = (await p).lang;
  return isLang(l) ? l : 'fr';
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: serverT(await langOf(params))('ui.results.title') };
}

export default async function Page({ params }: { params: Params }) {
  const lang = await langOf(params);
  // Official names stay in French beside the translation (design §2.6).
  const fr = loadMessages('fr');
  const frNames: Record<string, string> = {};
  if (lang !== 'fr') for (const c of CATALOGUE) frNames[c.id] = lookup(fr, `cards.${c.id}.name`) ?? '';
  return (
    <I18nProvider lang={lang} messages={clientMessages(lang, ['facts', 'cards', 'conditions', 'verify', 'warnings', 'referrals', 'lead'])}>
      <ResultsPage lang={lang} frNames={frNames} />
    </I18nProvider>
  );
}
