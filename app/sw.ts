/// <reference lib="webworker" />
/**
 * The service worker (Serwist "configurator mode": `serwist build serwist.config.mjs` after `next build`,
 * see serwist.config.mjs). A first visit stays light for a prepaid phone (budget 4 MB gzip, checked by
 * scripts/precache-size.mjs) and still lets the person walk the whole wizard, open their checklist and
 * print it offline afterwards:
 *  - precached at install: JS/CSS, the start, check, results, privacy, accessibility, volunteer and
 *    hand-off pages of every language (locales/languages.ts), and the commune files by postal prefix;
 *  - question, checklist and letter pages: network first, kept in the 'sesame-pages' cache. The page asks
 *    the worker (postMessage, see components/ServiceWorkerRegistration.tsx) to warm in the background the
 *    question pages of its language, and the results page the checklist and letter pages of the titles
 *    proposed to this person. Each cached page is keyed by its build revision, so an update refetches
 *    only the pages that changed and an outdated page (pointing at deleted chunks) is never served.
 * Same-origin only: the site never asks another host for anything.
 */
import type { PrecacheEntry, SerwistGlobalConfig, SerwistPlugin } from 'serwist';
import { ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate } from 'serwist';
import { isLang } from '../locales/languages';

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

/** '/fr/q/postcode' and '/fr/q/postcode/?from=check' are the page '/fr/q/postcode/'. */
const pagePath = (url: URL) => (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
const pageKey = (path: string) => `${self.location.origin}${path}?rev=${PAGES.get(path)}`;

/** Reads and writes 'sesame-pages' under the page's revision key. */
const revisionKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(pagePath(new URL(request.url))),
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
      // Question, checklist and letter pages: fresh when online (4 s at most), else the saved copy.
      matcher: ({ url, sameOrigin }) => sameOrigin && PAGES.has(pagePath(url)),
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 4, plugins: [revisionKey] }),
    },
    {
      // Commune names (search by name, 1.4 MB in all): kept once fetched, refreshed in the background.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/communes/names/'),
      handler: new StaleWhileRevalidate({ cacheName: 'communes-names', plugins: [new ExpirationPlugin({ maxEntries: 40 })] }),
    },
    {
      // Next's RSC payloads (*.txt) are not cached: offline, the router falls back to loading the page itself.
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

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const msg = data as { type?: unknown; lang?: unknown; paths?: unknown };
  if (msg.type === 'sesame-warm-lang' && isLang(msg.lang)) {
    const prefix = `/${msg.lang}/q/`;
    event.waitUntil(warm([...PAGES.keys()].filter((p) => p.startsWith(prefix))));
  } else if (msg.type === 'sesame-warm' && Array.isArray(msg.paths)) {
    event.waitUntil(warm(msg.paths.filter((p): p is string => typeof p === 'string').slice(0, 100)));
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
    })(),
  );
});

serwist.addEventListeners();
