'use client';
/**
 * Registers the offline service worker (out/sw.js, see app/sw.ts) and asks it to keep, in the background,
 * every question, checklist and letter page of the page's language (the same pages for everyone: nothing
 * here depends on the answers). When a new build's worker takes over a page that an older one served,
 * says that the rules were updated and offers a reload. Production builds only: `next dev` has no sw.js.
 */
import { useEffect, useState } from 'react';

const enabled = () => process.env.NODE_ENV === 'production' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** Sends a message to the active worker once there is one (on a first visit, after its install). Online only. */
function tellWorker(message: object) {
  if (!enabled() || !navigator.onLine) return;
  void navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage(message)).catch(() => undefined);
}

/**
 * The language whose pages to keep: the route code of the page's path ('/prs/q/…' → 'prs'), not
 * <html lang>, which is a BCP 47 tag ('fa-AF' for Dari) that the worker's language list does not hold.
 */
export const routeLangOf = (pathname: string) => pathname.split('/')[1] ?? '';

export function ServiceWorkerRegistration({ labels }: { labels?: { updated: string; reload: string } }) {
  const [updated, setUpdated] = useState(false);
  useEffect(() => {
    if (!enabled()) return;
    // A page already served by a worker, then taken over by another: a new build (new rules) is active.
    const hadController = navigator.serviceWorker.controller !== null;
    const onChange = () => {
      if (hadController) setUpdated(true);
    };
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
    const register = () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
      tellWorker({ type: 'sesame-warm-lang', lang: routeLangOf(window.location.pathname) });
    };
    // After the page has loaded, so the precache never competes with the first paint.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => navigator.serviceWorker.removeEventListener('controllerchange', onChange);
  }, []);
  if (!updated || !labels) return null;
  return (
    <div className="notice sw-updated" role="status" data-sw-updated>
      <p>{labels.updated}</p>
      <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
        {labels.reload}
      </button>
    </div>
  );
}
