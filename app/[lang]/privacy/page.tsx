import type { Metadata } from 'next';
import { isLang, type Lang } from '../../../locales';
import { serverT } from '../../_pages/server';
import { InfoPage } from '../../../components/InfoPage';

type Params = Promise<{ lang: string }>;
const langOf = async (p: Params): Promise<Lang> => {
  const l = (await p).lang;
  return isLang(l) ? l : 'fr';
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: serverT(await langOf(params))('pages.privacy.title') };
}

/** What is stored on the device, what is sent (nothing), how to erase, no cookies, no analytics. */
export default async function PrivacyPage({ params }: { params: Params }) {
  const t = serverT(await langOf(params));
  const list = (key: string) => (t(key, { returnObjects: true }) as unknown as string[]) ?? [];
  const k = (x: string) => `pages.privacy.${x}`;
  return (
    <InfoPage
      title={t(k('title'))}
      lead={t(k('lead'))}
      sections={['stored', 'sent', 'erase', 'cookies'].map((id) => ({ id, title: t(k(`${id}Title`)), body: list(k(id)) }))}
    />
  );
}
