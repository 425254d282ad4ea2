import type { Metadata } from 'next';
import { CATALOGUE } from '../../../../rules';
import { isLang, loadMessages, pick, type Lang } from '../../../../locales';
import { serverT } from '../../../_pages/server';
import { FocusHeading } from '../../../../components/FocusHeading';
import { I18nProvider } from '../../../../components/I18nProvider';
import { StorageNotice } from '../../../../components/StorageNotice';
import { LetterBuilder } from '../../../../components/letters/LetterBuilder';
import '../../../../components/checklist/checklist.css';

export const dynamicParams = false;
export function generateStaticParams() {
  return CATALOGUE.map((c) => ({ cardId: c.id }));
}

type Params = Promise<{ lang: string; cardId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang: Lang = isLang((await params).lang) ? ((await params).lang as Lang) : 'fr';
  return { title: serverT(lang)('checklist.letters.title') };
}

export default async function LettersPage({ params }: { params: Params }) {
  const { lang: raw, cardId } = await params;
  const lang: Lang = isLang(raw) ? raw : 'fr';
  const t = serverT(lang);
  const card = CATALOGUE.find((c) => c.id === cardId)!;
  return (
    <div className="lt-page">
      {/* Saved answers that cannot be read: said, and offered for download, here too (issue 15). */}
      <I18nProvider lang={lang} messages={pick(loadMessages(lang), ['ui.storage'])}>
        <StorageNotice />
      </I18nProvider>
      <FocusHeading className="ck-no-print">{t('checklist.letters.title')}</FocusHeading>
      {/* Its strings come from /<lang>/strings.json, shared by every letter page of the language (first-visit budget, issue 15). */}
      <LetterBuilder lang={lang} cardId={cardId} legalBasis={card.legalBasis} channel={card.channel} loading={t('checklist.loading')} />
    </div>
  );
}
