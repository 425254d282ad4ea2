import type { Metadata } from 'next';
import { CATALOGUE, SCHEMA_VERSION } from '../../../../rules';
import { isLang, loadMessages, pick, type Lang } from '../../../../locales';
import { serverT } from '../../../_pages/server';
import { FocusHeading } from '../../../../components/FocusHeading';
import { I18nProvider } from '../../../../components/I18nProvider';
import { StorageNotice } from '../../../../components/StorageNotice';
import { ChecklistView } from '../../../../components/checklist/ChecklistView';
import { cardName } from '../../../../components/checklist/strings';
import { bidiName } from '../../../../components/Bidi';
import pkg from '../../../../package.json';
import '../../../../components/checklist/checklist.css';

export const dynamicParams = false;
export function generateStaticParams() {
  return CATALOGUE.map((c) => ({ cardId: c.id }));
}

type Params = Promise<{ lang: string; cardId: string }>;

/** Strings the server render needs (the heading); the client reads /<lang>/strings.json. */
function messagesFor(lang: Lang, cardId: string) {
  return pick(loadMessages(lang), [`cards.${cardId}.name`]);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang: raw, cardId } = await params;
  const lang: Lang = isLang(raw) ? raw : 'fr';
  const t = serverT(lang);
  return { title: `${t('checklist.title')} — ${cardName(loadMessages(lang), cardId) || cardId}` };
}

export default async function ChecklistPage({ params }: { params: Params }) {
  const { lang: raw, cardId } = await params;
  const lang: Lang = isLang(raw) ? raw : 'fr';
  const t = serverT(lang);
  const msgs = messagesFor(lang, cardId);
  return (
    <div className="ck-page">
      {/* Saved answers that cannot be read: said, and offered for download, here too (issue 15). */}
      <I18nProvider lang={lang} messages={pick(loadMessages(lang), ['ui.storage'])}>
        <StorageNotice />
      </I18nProvider>
      <FocusHeading>
        {t('checklist.title')}
        <span className="visually-hidden"> — </span>
        {/* The title's name on a line of its own: in Arabic a French name no longer starts mid-line after the dash. */}
        <span className="ck-h1-name">{bidiName(cardName(msgs, cardId) || CATALOGUE.find((c) => c.id === cardId)!.legalBasis.join(', '), lang)}</span>
      </FocusHeading>
      {/* Its strings come from /<lang>/strings.json, shared by every checklist of the language (first-visit budget, issue 15). */}
      <ChecklistView lang={lang} cardId={cardId} loading={t('checklist.loading')} rulesVersion={`${pkg.version} (schema ${SCHEMA_VERSION})`} />
    </div>
  );
}
