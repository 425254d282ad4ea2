'use client';
/** Where a page was opened from (?from=check or ?from=results), read on the device: answers never go in the URL. */
import { useSyncExternalStore } from 'react';

export type From = 'check' | 'results' | undefined;

const read = (): From => {
  const v = new URLSearchParams(window.location.search).get('from');
  return v === 'check' || v === 'results' ? v : undefined;
};

export function useFrom(): From {
  return useSyncExternalStore(() => () => {}, read, () => undefined);
}
