'use client';
/**
 * Back/forward cache (issue 15): a page the browser kept in memory and shows again on "Back" must not
 * show the previous person's answers after "Erase my answers" or "Next person". When the page is put
 * away (pagehide, persisted) it hides itself; when it comes back (pageshow, persisted) it shows itself
 * again only if nothing the site stores has changed meanwhile, and otherwise reloads, so it is drawn
 * again from what the device holds now (nothing, after an erase). Erasing leaves a fresh random mark
 * in sessionStorage (app/_wizard/erase.ts), so even a page whose typed answers were never saved reloads.
 */
import { useEffect } from 'react';

function fingerprint(): string {
  try {
    const parts: string[] = [];
    for (const store of [window.localStorage, window.sessionStorage]) {
      const keys = Object.keys(store).sort();
      parts.push(JSON.stringify(keys.map((k) => [k, store.getItem(k)])));
    }
    return parts.join('|');
  } catch {
    return '';
  }
}

export function ForgetOnRestore() {
  useEffect(() => {
    let seen = fingerprint();
    const root = document.documentElement;
    const onHide = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      seen = fingerprint();
      root.style.visibility = 'hidden';
    };
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      if (fingerprint() === seen) root.style.visibility = '';
      else window.location.reload();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);
  return null;
}
