import type { Metadata } from 'next';
import { FACT_IDS, SCREEN_IDS, screenSpec, screenView, type FactId } from '../../../../rules';
import { specFacts } from '../../../../rules/screen-specs';
import { isLang, type Lang } from '../../../../locales';
import { questionMessages, serverT } from '../../../_pages/server';
import { I18nProvider } from '../../../../components/I18nProvider';
import { QuestionPage } from '../../../_pages/QuestionPage';
import { ScreenPageLazy as ScreenPage } from '../../../_pages/ScreenPageLazy';
import { todayIso } from '../../../../wizard/dates';

export const dynamicParams = false;
/** One page per fact (the check page's "Change" links, a single question) and one per screen of several facts (rules/screen-specs.ts). */
export function generateStaticParams() {
  return [...FACT_IDS, ...SCREEN_IDS].map((factId) => ({ factId }));
}

type Params = Promise<{ lang: string; factId: string }>;
const resolve = async (params: Params) => {
  const p = await params;
  return { lang: (isLang(p.lang) ? p.lang : 'fr') as Lang, id: p.factId };
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, id } = await resolve(params);
  const t = serverT(lang);
  return { title: (screenSpec(id) ? t(`screens.${id}.title`) : t(`facts.${id}.question`)) || t('ui.question.title') };
}

export default async function Page({ params }: { params: Params }) {
  const { lang, id } = await resolve(params);
  const spec = screenSpec(id);
  if (spec) {
    const facts = specFacts(spec);
    return (
      <I18nProvider lang={lang} messages={questionMessages(lang, [...facts.map((f) => `facts.${f}`), `screens.${id}`, 'screens.caption', 'screens.none', 'screens.or', 'screens.dontKnowAll', 'screens.dontKnowField', 'screens.chooseWhich', 'screens.progress', 'screens.noscript', 'screens.errors', ...facts.map((f) => `screens.items.${f}`)])}>
        {/* What the page shows to someone with no saved answer (the first screen); otherwise the answers decide. */}
        <ScreenPage lang={lang} screenId={id} initialScreen={screenView(id, {}, { asOf: todayIso() })} />
      </I18nProvider>
    );
  }
  const factId = id as FactId;
  return (
    // The per-month check's strings only where a yearly pay is asked (every page is kept offline: issue 15's budget).
    <I18nProvider lang={lang} messages={questionMessages(lang, [`facts.${factId}`, 'screens.progress', 'screens.noscript', ...(factId === 'annualGrossPay' ? ['screens.errors'] : [])])}>
      <QuestionPage lang={lang} factId={factId} />
    </I18nProvider>
  );
}
