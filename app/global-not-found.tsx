/**
 * The one not-found page (out/404.html) for every address: the site has several root layouts, so
 * Next needs a global one (experimental.globalNotFound). Its language cannot be known, so it
 * speaks every language of the table (French first, the page's lang), each in its own lang/dir, and links to each start page.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { LANGS, dirOf, htmlLangOf, loadMessages, lookup, type Lang } from '../locales';
import { DocumentHead } from './_pages/DocumentHead';

export const metadata: Metadata = {
  title: 'Page introuvable · Page not found · الصفحة غير موجودة — Sésame',
  robots: { index: false, follow: true },
};

const text = (lang: Lang, key: string) => lookup(loadMessages(lang), `pages.notFound.${key}`) ?? '';

export default function GlobalNotFound() {
  return (
    <html lang="fr" dir="ltr">
      <DocumentHead />
      <body>
        <header className="site-header">
          <div className="wrap header-row">
            <Link className="brand" href="/">
              <span aria-hidden="true" className="brand-mark">S</span>
              <span>Sésame</span>
            </Link>
          </div>
        </header>
        <main id="main" className="wrap not-found">
          {LANGS.map((lang, i) => (
            <section key={lang} lang={htmlLangOf(lang)} dir={dirOf(lang)} className="not-found-lang" aria-labelledby={`nf-${lang}`}>
              {i === 0 ? <h1 id={`nf-${lang}`}>{text(lang, 'title')}</h1> : <h2 id={`nf-${lang}`}>{text(lang, 'title')}</h2>}
              <p>{text(lang, 'body')}</p>
              <p>
                <Link className="button button-primary" href={`/${lang}/`} hrefLang={htmlLangOf(lang)}>
                  {text(lang, 'start')}
                </Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
