'use client';
/**
 * Registers the offline service worker (out/sw.js, see app/sw.ts) and asks it to keep, in the background,
 * the question pages of the page's language. Production builds only: `next dev` has no sw.js.
 */
import { useEffect } from 'react';

const enabled = () => process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** Sends a message to the active worker once there is one (on a first visit, after its install). Online only. */
function tellWorker(message: object) {
  if (!enabled() || !navigator.onLine) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage(message)).catch(() => undefined);
}

/** Same-origin page paths (e.g. '/fr/checklist/ceseda-l425-9/') the worker should save for offline use. */
export function warmPages(paths: readonly string[]) {
  if (paths.length) tellWorker({ type: 'sesame-warm', paths });
}

/**
 * The language whose question pages to keep: the route code of the page's path ('/prs/q/…' → 'prs'), not
 * <html lang>, which is a BCP 47 tag ('fa-AF' for Dari) that the worker's language list does not hold.
 */
export const routeLangOf = (pathname: string) => pathname.split('/')[1] ?? '';

export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!enabled()) return;
    const register = () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
      tellWorker({ type: 'sesame-warm-lang', lang: routeLangOf(window.location.pathname) });
    };
    // After the page has loaded, so the precache never competes with the first paint.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
