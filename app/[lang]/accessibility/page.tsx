import { pageLang, serverT, titleMetadata, type LangParams } from '../../_pages/server';
import { ISSUES_URL } from '../../../wizard/project';
import { InfoPage } from '../../../components/InfoPage';

export const generateMetadata = titleMetadata('pages.accessibility.title');

/** Target (RGAA 4.1 / WCAG 2.1 AA), what is tested and how, known limits, how to report a problem (issue tracker only). */
export default async function AccessibilityPage({ params }: { params: LangParams }) {
  const t = serverT(await pageLang(params));
  const list = (key: string) => (t(key, { returnObjects: true }) as unknown as string[]) ?? [];
  const k = (x: string) => `pages.accessibility.${x}`;
  return (
    <InfoPage
      title={t(k('title'))}
      lead={t(k('lead'))}
      sections={[
        { id: 'target', title: t(k('targetTitle')), body: t(k('target')) },
        { id: 'tested', title: t(k('testedTitle')), body: list(k('tested')) },
        { id: 'limits', title: t(k('limitsTitle')), body: list(k('limits')) },
        {
          id: 'contact',
          title: t(k('contactTitle')),
          body: t(k('contact')),
          extra: ISSUES_URL ? (
            <p>
              <a href={ISSUES_URL} className="info-link" rel="noreferrer">
                {t(k('contactLink'))}
              </a>
            </p>
          ) : (
            <p>{t(k('contactNoLink'))}</p>
          ),
        },
        { id: 'defender', title: t(k('defenderTitle')), body: t(k('defender')) },
      ]}
    />
  );
}
