import { isLang, type Lang } from '../../locales';
import { serverT, clientMessages } from '../_pages/server';
import { nextScreen } from '../../rules';
import { todayIso } from '../../wizard/dates';
import { FocusHeading } from '../../components/FocusHeading';
import { I18nProvider } from '../../components/I18nProvider';
import { StartActions } from '../../components/StartActions';

type Params = Promise<{ lang: string }>;

export default async function StartPage({ params }: { params: Params }) {
  const raw = (await params).lang;
  const lang: Lang = isLang(raw) ? raw : 'fr';
  const t = serverT(lang);
  // The first question never depends on answers (red flags come first).
  const first = nextScreen({}, { asOf: todayIso() })?.id ?? 'removalOrder';
  const list = (key: string) => (t(key, { returnObjects: true }) as unknown as string[]) ?? [];
  return (
    <div className="start">
      <FocusHeading>{t('ui.start.title')}</FocusHeading>
      <p className="lead">{t('ui.start.lead')}</p>
      <h2>{t('ui.start.doesTitle')}</h2>
      <ul className="ticks">
        {list('ui.start.does').map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <h2>{t('ui.start.doesNotTitle')}</h2>
      <ul className="crosses">
        {list('ui.start.doesNot').map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <p>
        <strong>{t('ui.start.time')}</strong>
      </p>
      <p>{t('ui.start.privacy')}</p>
      <I18nProvider lang={lang} messages={clientMessages(lang, [])}>
        <StartActions lang={lang} firstHref={`/${lang}/q/${first}/`} />
      </I18nProvider>
      <aside className="callout" aria-labelledby="shared-phone">
        <h2 id="shared-phone">{t('ui.start.sharedTitle')}</h2>
        <p>{t('ui.start.shared')}</p>
      </aside>
    </div>
  );
}
