/// <reference lib="webworker" />
/**
 * The service worker (Serwist "configurator mode": `serwist build serwist.config.mjs` after `next build`,
 * see serwist.config.mjs). What it fetches never depends on a person's answers (issue 15): a host's logs,
 * or anyone watching the network, must not learn which titles a person may get, nor their commune.
 *  - precached at install (same files for everyone): JS/CSS, the start, check, results, privacy,
 *    accessibility, volunteer and hand-off pages of every language, the not-found page, and EVERY commune
 *    file (by postal prefix and by first letter of the name), so "where to file" never asks the network
 *    for the file of the person's postcode or commune;
 *  - warmed in the background, once per language the person uses (postMessage 'sesame-warm-lang' from
 *    components/ServiceWorkerRegistration.tsx): EVERY question, checklist and letter page of that
 *    language, whatever the answers. Nothing is warmed because of an answer;
 *  - those pages are served from the cache first (keyed by their build revision, so an update refetches
 *    only the pages that changed and an outdated page is never served); a page not yet cached comes from
 *    the network and is NOT written by that visit: only the language-wide warm-up writes, so the cache
 *    never records which pages this person opened, nor when;
 *  - Next's client navigations and prefetches to those pages (their .txt payloads, whose paths name a
 *    question or a title) are answered here with "204 No Content", never sent: Next then loads the page
 *    itself, from the cache;
 *  - no IndexedDB: nothing is stored beyond Cache Storage.
 * "Erase my answers" and "Next person" delete every cache but the precache (wizard/erase.ts).
 * Same-origin only: the site never asks another host for anything.
 */
import type { PrecacheEntry, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { CacheFirst, NetworkOnly, Serwist } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
/** Question, checklist and letter pages → revision (injected by serwist.config.mjs at build time). */
declare const __SESAME_PAGES__: Record<string, string>;

const PAGES = new Map(Object.entries(__SESAME_PAGES__));
const PAGES_CACHE = 'sesame-pages';
const LANGS = [...new Set([...PAGES.keys()].map((p) => p.split('/')[1]!))];

/** '/fr/q/postcode' and '/fr/q/postcode/?from=check' are the page '/fr/q/postcode/'. */
const pagePath = (url: URL) => (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
const pageKey = (path: string) => `${self.location.origin}${path}?rev=${PAGES.get(path)}`;
/** '/fr/q/birthDate/index.txt' or '/fr/q/birthDate/__next.….txt' (Next's payloads) → '/fr/q/birthDate/'. */
const payloadPage = (url: URL) => (url.pathname.endsWith('.txt') ? url.pathname.replace(/[^/]+\.txt$/, '') : null);

/** Reads 'sesame-pages' under the page's revision key; never writes from a visit. */
const revisionKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(pagePath(new URL(request.url))),
  cacheWillUpdate: async () => null,
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // /fr/check/?x is the precached /fr/check/ page.
    ignoreURLParametersMatching: [/.*/],
    cleanURLs: true,
    concurrency: 8,
  },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // Question, checklist and letter pages: the warmed copy, else the network (not saved).
      matcher: ({ url, sameOrigin }) => sameOrigin && PAGES.has(pagePath(url)),
      handler: new CacheFirst({ cacheName: PAGES_CACHE, plugins: [revisionKey] }),
    },
    {
      // Next's payload for one of those pages: not sent (its path names a question or a title).
      matcher: ({ url, sameOrigin }) => {
        const page = sameOrigin ? payloadPage(url) : null;
        return page !== null && PAGES.has(page);
      },
      handler: async () => new Response(null, { status: 204 }),
    },
    {
      // Other payloads (start, check, results…: the same for everyone) are not cached: offline, the
      // router falls back to loading the page itself.
      matcher: ({ sameOrigin }) => sameOrigin,
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    // Offline, a page that is neither precached nor saved: show the not-found page
    // (out/404.html, precached as '/404': @serwist/next drops the .html).
    entries: [{ url: '/404', matcher: ({ request }) => request.destination === 'document' }],
  },
});

const inFlight = new Set<string>();

/** Fetches the listed pages this build knows and the cache lacks, four at a time. Offline, it stops quietly. */
async function warm(paths: readonly string[]) {
  const cache = await caches.open(PAGES_CACHE);
  const todo: string[] = [];
  for (const path of new Set(paths)) {
    if (PAGES.has(path) && !inFlight.has(path) && !(await cache.match(pageKey(path)))) todo.push(path);
  }
  todo.forEach((p) => inFlight.add(p));
  let next = 0;
  const lane = async () => {
    while (next < todo.length) {
      const path = todo[next++]!;
      try {
        const res = await fetch(path, { credentials: 'same-origin' });
        if (res.ok && !res.redirected) await cache.put(pageKey(path), res);
      } catch {
        // Offline or the server is gone: the next visit online tries again.
      } finally {
        inFlight.delete(path);
      }
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
}

/** Every question, checklist and letter page of one language, in the build's order: the same list for everyone. */
/** Every page of one language: its shared pages (start, check, results…) and every question, checklist and letter page. */
const languagePages = (lang: string) => [...PAGES.keys()].filter((p) => p.startsWith(`/${lang}/`));

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const msg = data as { type?: unknown; lang?: unknown };
  // The only message: a language. A list of pages (e.g. of the titles proposed to someone) is never accepted.
  if (msg.type === 'sesame-warm-lang' && typeof msg.lang === 'string' && LANGS.includes(msg.lang)) {
    event.waitUntil(warm(languagePages(msg.lang)));
  }
});

// A new build: drop the saved pages it changed or removed (their HTML points at chunks no longer cached).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PAGES_CACHE);
      for (const req of await cache.keys()) {
        const url = new URL(req.url);
        if (PAGES.get(url.pathname) !== url.searchParams.get('rev')) await cache.delete(req);
      }
      // Earlier builds kept searched commune-name files in their own cache, with an IndexedDB timestamp.
      await caches.delete('communes-names');
      try {
        indexedDB.deleteDatabase('serwist-expiration');
      } catch {
        /* no IndexedDB here: nothing to delete */
      }
    })(),
  );
});

serwist.addEventListeners();
