/// <reference lib="webworker" />
/**
 * The service worker (Serwist "configurator mode": `serwist build serwist.config.mjs` after `next build`,
 * see serwist.config.mjs). Every exported page, the JS/CSS and the commune files by postal prefix are
 * precached at the first visit, so a volunteer with a poor connection can walk the whole wizard, open a
 * checklist and print it offline. Same-origin only: the site never asks another host for anything.
 */
import type { PrecacheEntry, SerwistGlobalConfig } from 'serwist';
import { ExpirationPlugin, NetworkOnly, Serwist, StaleWhileRevalidate } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // /fr/q/postcode/?from=check is the precached /fr/q/postcode/ page.
    ignoreURLParametersMatching: [/.*/],
    cleanURLs: true,
    concurrency: 8,
  },
  skipWaiting: true,
  clientsClaim: true,
  // Pages come from the precache, so a navigation preload would only be thrown away.
  navigationPreload: false,
  runtimeCaching: [
    {
      // Commune names (search by name, 1.4 MB in all): kept once fetched, refreshed in the background.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/communes/names/'),
      handler: new StaleWhileRevalidate({ cacheName: 'communes-names', plugins: [new ExpirationPlugin({ maxEntries: 40 })] }),
    },
    {
      // Next's RSC payloads (*.txt) are not cached: offline, the router falls back to loading the precached page.
      matcher: ({ sameOrigin }) => sameOrigin,
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    // Offline, a page that is not in the precache does not exist in this version: show the not-found page
    // (out/404.html, precached as '/404': @serwist/next drops the .html).
    entries: [{ url: '/404', matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();
