'use client';
/**
 * The volunteer-mode switch: remembered on this device only (localStorage), no account.
 * "Next person" erases everything the site stored (answers, checklist ticks, attempts,
 * hand-off data, sessionStorage, cookies, the pages cached for offline use, IndexedDB) but keeps
 * the switch (wizard/erase.ts).
 */
import { useSyncExternalStore } from 'react';
import { eraseEverything } from './erase';

export const VOLUNTEER_KEY = 'sesame.volunteer';

const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(VOLUNTEER_KEY) === '1';
  } catch {
    return false;
  }
}

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('storage', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('storage', l);
  };
}

/** null during the static render (the device is not known yet). */
export function useVolunteerMode(): boolean | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function setVolunteerMode(on: boolean) {
  try {
    if (on) window.localStorage.setItem(VOLUNTEER_KEY, '1');
    else window.localStorage.removeItem(VOLUNTEER_KEY);
  } catch {
    // Storage disabled: the switch lasts for this page only.
  }
  listeners.forEach((l) => l());
}

export async function nextPerson(lang: string) {
  const keep = read();
  await eraseEverything(document, window.localStorage, window.sessionStorage);
  if (keep) setVolunteerMode(true);
  // A full reload on purpose: nothing of the last person may stay in the page's memory.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/${lang}/volunteer/`);
}
