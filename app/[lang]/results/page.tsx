import { CATALOGUE } from '../../../rules';
import { loadMessages, lookup } from '../../../locales';
import { clientMessages, pageLang, titleMetadata, type LangParams } from '../../_pages/server';
import { I18nProvider } from '../../../components/I18nProvider';
import { ResultsPage } from '../../_pages/ResultsPage';

export const generateMetadata = titleMetadata('ui.results.title');

export default async function Page({ params }: { params: LangParams }) {
  const lang = await pageLang(params);
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
