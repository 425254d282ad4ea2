'use client';
import { useEffect, useState } from 'react';
import { loadSharedStrings, type SharedStrings } from './strings';

/** The shared strings, once loaded (null before, and if they cannot be had). */
export function useSharedStrings(lang: string): SharedStrings | null {
  const [strings, setStrings] = useState<SharedStrings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSharedStrings(lang).then((s) => {
      if (live) setStrings(s);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return strings;
}
