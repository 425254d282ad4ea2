import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import '../globals.css';
import { LANGS, LANGUAGES, dirOf, htmlLangOf, isLang, reviewPending, type Lang } from '../../locales';
import { ISSUES_URL } from '../../wizard/project';
import { serverT } from '../_pages/server';
import { EraseButton } from '../../components/EraseButton';
import { ServiceWorkerRegistration } from '../../components/ServiceWorkerRegistration';
import { ForgetOnRestore } from '../../components/ForgetOnRestore';
import { DocumentHead } from '../_pages/DocumentHead';

export const dynamicParams = false;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type Params = Promise<{ lang: string }>;
const langOf = (l: string): Lang => (isLang(l) ? l : 'fr');

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = langOf((await params).lang);
  const t = serverT(lang);
  return {
    title: { default: t('ui.site.title'), template: `%s · ${t('ui.site.name')}` },
    description: t('ui.site.description'),
    robots: { index: true, follow: true },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4f4a' };

/**
 * Switching language keeps the page (issue 14): on a tap, the language link takes the current path in the other
 * language (/fr/q/s-couple/ → /ar/q/s-couple/, the query such as ?from=check kept; it never holds an answer).
 * Read at the moment of the tap, so it follows client-side navigation; without JavaScript the link opens the
 * language's start page. An inline script: no code in the pages' bundles (question pages' budget).
 */
const LANG_SWITCH = `document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('a[data-lang-switch]');if(!a)return;var p=location.pathname.split('/');if(p.length>2){p[1]=a.getAttribute('data-lang-switch');a.setAttribute('href',p.join('/')+location.search);}},true);`;

export default async function LangLayout({ children, params }: { children: ReactNode; params: Params }) {
  const lang = langOf((await params).lang);
  const t = serverT(lang);
  return (
    <html lang={htmlLangOf(lang)} dir={dirOf(lang)}>
      <DocumentHead />
      <body>
        <a className="skip-link" href="#main">{t('ui.nav.skip')}</a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link className="brand" href={`/${lang}/`}>
              <span aria-hidden="true" className="brand-mark">S</span>
              <span>{t('ui.site.name')}</span>
            </Link>
            <EraseButton
              lang={lang}
              labels={{
                button: t('ui.erase.button'),
                title: t('ui.erase.title'),
                body: t('ui.erase.body'),
                confirm: t('ui.erase.confirm'),
                cancel: t('ui.erase.cancel'),
              }}
            />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="wrap">
          {reviewPending(lang) && (
            // Until a native-speaking legal volunteer's review is recorded in locales/languages.ts (issue 17).
            <aside className="notice notice-warning review-notice" aria-labelledby="review-notice-title">
              <p id="review-notice-title"><strong>{t('ui.review.title')}</strong></p>
              <p>{t('ui.review.body')}</p>
              <p>
                {t('ui.review.report')}{' '}
                {ISSUES_URL ? (
                  <a href={ISSUES_URL} rel="noreferrer">{t('ui.review.link')}</a>
                ) : (
                  t('pages.accessibility.contactNoLink')
                )}
              </p>
            </aside>
          )}
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p><strong>{t('ui.footer.independent')}</strong></p>
            <p>{t('ui.footer.notAdvice')}</p>
            <p>{t('ui.footer.privacy')}</p>
            <nav aria-label={t('ui.footer.pages')}>
              <ul className="lang-list">
                <li>
                  <Link href={`/${lang}/privacy/`}>{t('ui.footer.privacyLink')}</Link>
                </li>
                <li>
                  <Link href={`/${lang}/accessibility/`}>{t('ui.footer.accessibilityLink')}</Link>
                </li>
                <li>
                  <Link href={`/${lang}/volunteer/`} prefetch={false}>{t('volunteer.footerLink')}</Link>
                </li>
              </ul>
            </nav>
            <nav aria-label={t('ui.footer.languages')}>
              <ul className="lang-list">
                {LANGS.map((l) => (
                  <li key={l}>
                    {/* A plain link (a new page: its lang and dir change); LANG_SWITCH keeps the page on a tap. */}
                    <a href={`/${l}/`} data-lang-switch={l} lang={htmlLangOf(l)} hrefLang={htmlLangOf(l)} dir={dirOf(l)} aria-current={l === lang ? 'true' : undefined}>
                      {LANGUAGES[l].name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </footer>
        <script dangerouslySetInnerHTML={{ __html: LANG_SWITCH }} />
        <ServiceWorkerRegistration labels={{ updated: t('ui.update.body'), reload: t('ui.update.reload') }} />
        <ForgetOnRestore />
      </body>
    </html>
  );
}
