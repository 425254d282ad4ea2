import { pageLang, serverT, titleMetadata, type LangParams } from '../../_pages/server';
import { InfoPage } from '../../../components/InfoPage';

export const generateMetadata = titleMetadata('pages.privacy.title');

/** What is stored on the device, what is sent (nothing), how to erase, no cookies, no analytics. */
export default async function PrivacyPage({ params }: { params: LangParams }) {
  const t = serverT(await pageLang(params));
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
