import type { Metadata } from 'next';
import { FACT_IDS, type FactId } from '../../../../rules';
import { isLang, type Lang } from '../../../../locales';
import { questionMessages, serverT } from '../../../_wizard/server';
import { I18nProvider } from '../../../../components/I18nProvider';
import { QuestionPage } from '../../../_wizard/QuestionPage';

export const dynamicParams = false;
export function generateStaticParams() {
  return FACT_IDS.map((factId) => ({ factId }));
}

type Params = Promise<{ lang: string; factId: string }>;
const resolve = async (params: Params) => {
  const p = await params;
  return { lang: (isLang(p.lang) ? p.lang : 'fr') as Lang, factId: p.factId as FactId };
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, factId } = await resolve(params);
  return { title: serverT(lang)(`facts.${factId}.question`) || serverT(lang)('ui.question.title') };
}

export default async function Page({ params }: { params: Params }) {
  const { lang, factId } = await resolve(params);
  return (
    <I18nProvider lang={lang} messages={questionMessages(lang, [`facts.${factId}`])}>
      <QuestionPage lang={lang} factId={factId} />
    </I18nProvider>
  );
}
