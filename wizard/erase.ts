import { LANGS } from '../locales/languages';
/**
 * "Erase my answers" and "Next person": everything the site stored on this device goes, except the app
 * shell (issue 15). Tiny on purpose (it is in every header).
 *  - localStorage (answers, answers set aside, checklist ticks, letter attempts), sessionStorage, cookies;
 *  - Cache Storage: every cache except the service worker's precache (JS/CSS and pages that are the same
 *    for everyone). The question, checklist and letter pages warmed for offline use go too: which
 *    language was used is already something about the person; the next visit online warms them again;
 *  - IndexedDB: every database of the site (the site itself keeps none; an earlier build's worker kept a
 *    timestamp per searched commune-name file).
 * The caller then reloads, so nothing stays in the page's memory.
 */
export const SHELL_CACHE = /^serwist-precache/;

interface CacheStore {
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}
interface Databases {
  databases?: () => Promise<{ name?: string }[]>;
  deleteDatabase(name: string): unknown;
}

/** Databases an earlier build may have left (indexedDB.databases() is missing in some browsers). */
const KNOWN_DATABASES = ['serwist-expiration'];

export function eraseStorage(doc: { cookie: string } | undefined, local?: { clear(): void }, session?: { clear(): void }) {
  try { local?.clear(); } catch { /* storage disabled: nothing stored */ }
  try { session?.clear(); } catch { /* idem */ }
  if (!doc) return;
  for (const part of doc.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (!name) continue;
    for (const path of ['/', ...LANGS.map((l) => `/${l}/`), '']) {
      doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0${path ? `; path=${path}` : ''}`;
    }
  }
}

/** Deletes every cache but the precache, and every IndexedDB database. Never rejects. */
export async function eraseOffline(cacheStore?: CacheStore, idb?: Databases): Promise<void> {
  if (cacheStore) {
    try {
      for (const name of await cacheStore.keys()) if (!SHELL_CACHE.test(name)) await cacheStore.delete(name);
    } catch { /* no Cache Storage (private mode): nothing kept */ }
  }
  if (idb) {
    let names = KNOWN_DATABASES;
    try {
      if (idb.databases) names = [...new Set([...names, ...(await idb.databases()).map((d) => d.name).filter((n): n is string => !!n)])];
    } catch { /* keep the known names */ }
    for (const name of names) {
      try {
        const req = idb.deleteDatabase(name) as { onsuccess?: unknown; onerror?: unknown; onblocked?: unknown } | undefined;
        // Wait for the deletion (a blocked one finishes once the worker lets go), at most 2 s.
        if (req && typeof req === 'object') {
          await new Promise<void>((done) => {
            req.onsuccess = req.onerror = req.onblocked = () => done();
            setTimeout(done, 2000);
          });
        }
      } catch { /* nothing to delete */ }
    }
  }
}

/** sessionStorage key of a random mark left by each erase: pages restored by "Back" see it changed (components/ForgetOnRestore.tsx). */
export const ERASE_MARK = 'sesame.erased';

/** Everything, in the browser. */
export async function eraseEverything(doc: { cookie: string } | undefined, local?: { clear(): void }, session?: { clear(): void; setItem?(k: string, v: string): void }): Promise<void> {
  eraseStorage(doc, local, session);
  try {
    // Random, not a time: it says nothing about when, and ends with the tab.
    session?.setItem?.(ERASE_MARK, Math.random().toString(36).slice(2));
  } catch { /* storage disabled */ }
  const g = globalThis as { caches?: CacheStore; indexedDB?: Databases };
  await eraseOffline(g.caches, g.indexedDB);
}
