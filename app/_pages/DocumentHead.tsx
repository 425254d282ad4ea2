/** The <head> of every root layout (the site's pages, the start page, the global not-found page). */
import { languageCss } from '../../locales/languages';
import { CSP } from './server';

export function DocumentHead() {
  return (
    <head>
      <meta httpEquiv="Content-Security-Policy" content={CSP} />
      {/* Each language's font stack from the language table, for every lang="" on the page (menus, bilingual checklist). */}
      <style>{languageCss()}</style>
    </head>
  );
}
