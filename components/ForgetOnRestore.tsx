'use client';
/**
 * Back/forward cache (issue 15): a page the browser kept in memory and shows again on "Back" must not
 * show the previous person's answers after "Erase my answers" or "Next person". When the page is put
 * away (pagehide, persisted) it hides itself; when it comes back (pageshow, persisted) it shows itself
 * again only if nothing was erased since it was loaded and nothing the site stores has changed since
 * it was put away; otherwise it reloads, so it is drawn again from what the device holds now (nothing,
 * after an erase). Each erase leaves a fresh random mark in sessionStorage (wizard/erase.ts): the
 * page that erased (its typed but unsaved answers included) sees it changed too.
 */
import { useEffect } from 'react';
import { ERASE_MARK } from '../wizard/erase';

function eraseMark(): string | null {
  try {
    return window.sessionStorage.getItem(ERASE_MARK);
  } catch {
    return null;
  }
}

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
    let markAtLoad = eraseMark();
    const root = document.documentElement;
    const onHide = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      seen = fingerprint();
      root.style.visibility = 'hidden';
    };
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      if (eraseMark() === markAtLoad && fingerprint() === seen) root.style.visibility = '';
      else {
        markAtLoad = eraseMark();
        window.location.reload();
      }
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
