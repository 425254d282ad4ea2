// Serwist "configurator mode" (works with the Turbopack static export): `serwist build serwist.config.mjs`
// runs after `next build`, bundles app/sw.ts into out/sw.js and injects the precache manifest.
//
// What a first visit downloads (budget: 4 MB gzip, checked by scripts/precache-size.mjs after the build).
// None of it depends on the person's answers (issue 15: the host must not learn which titles a person may
// get, nor their commune):
//  - precached at install: JS, CSS, icons, each language's checklist strings (/<lang>/strings.json), the
//    not-found page, and every commune file: by postal prefix (public/communes/*.json) and by first letter
//    of the name (public/communes/names/*.json);
//  - NOT precached: the pages of each language (start, check, results, privacy, accessibility, volunteer,
//    hand-off, and about 335 question, checklist and letter pages each). With six languages, precaching the
//    shared pages of all of them cost about 1 MB; the worker warms in the background every page of the
//    language the person uses, whatever the answers (see app/sw.ts).
//    Their paths and revisions are injected as __SESAME_PAGES__, so the worker fetches a page again only
//    when a new build changed it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serwist } from '@serwist/next/config';

import { LANG_CODES as LANGS } from './scripts/langs.mjs';
/** Page families cached at run time instead of precached (one folder per question or per title). */
export const RUNTIME_KINDS = ['q', 'checklist', 'letters'];
/** One page per language, also warmed with its language rather than precached ('' is the start page). */
export const LANGUAGE_PAGES = ['', 'check', 'results', 'privacy', 'accessibility', 'volunteer', 'volunteer/results', 'handoff'];

/** '/fr/q/birthDate/' → short content hash of out/fr/q/birthDate/index.html. */
function runtimePages() {
  const pages = {};
  for (const lang of LANGS) {
    for (const page of LANGUAGE_PAGES) {
      const file = `out/${lang}/${page ? `${page}/` : ''}index.html`;
      if (existsSync(file)) pages[`/${lang}/${page ? `${page}/` : ''}`] = createHash('md5').update(readFileSync(file)).digest('hex').slice(0, 12);
    }
    for (const kind of RUNTIME_KINDS) {
      const dir = `out/${lang}/${kind}`;
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        const file = `${dir}/${name}/index.html`;
        if (existsSync(file)) pages[`/${lang}/${kind}/${name}/`] = createHash('md5').update(readFileSync(file)).digest('hex').slice(0, 12);
      }
    }
  }
  return pages;
}
const pages = runtimePages();

export default serwist({
  precachePrerendered: false, // otherwise .next/server/app/*.html adds '/fr' beside '/fr/'
  swSrc: 'app/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: '.',
  globPatterns: ['out/**/*.{js,css,html,ico,svg,png,json,webmanifest}'],
  globIgnores: [
    'out/sw.js', 'out/swe-worker-*.js', 'out/404/**', 'out/_not-found/**',
    ...RUNTIME_KINDS.map((kind) => `out/*/${kind}/**`),
    ...LANGS.flatMap((lang) => LANGUAGE_PAGES.map((page) => `out/${lang}/${page ? `${page}/` : ''}index.html`)),
  ],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  esbuildOptions: { define: { __SESAME_PAGES__: JSON.stringify(pages) } },
  manifestTransforms: [
    async (entries) => {
      // The file list scripts/precache-size.mjs measures (gzip) against the budget.
      mkdirSync('.next', { recursive: true });
      writeFileSync('.next/sesame-precache.json', JSON.stringify({ precache: entries.map((e) => e.url), runtime: Object.keys(pages) }, null, 1));
      return {
        warnings: [],
        manifest: entries.map((e) => {
          let url = e.url.replace(/^out\//, '/');
          if (url.endsWith('/index.html')) url = url.slice(0, -'index.html'.length);
          return { ...e, url };
        }),
      };
    },
  ],
});
