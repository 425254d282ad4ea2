'use client';
/** The answers of this device as a React external store over localStorage (storage.ts does the checking). */
import { useSyncExternalStore } from 'react';
import type { Situation } from '../rules/situation';
import { forgetUnreadable, load, save, unreadable, type LoadResult } from './storage';

export interface AnswersState {
  /** False during the static render and hydration: nothing is known about the device yet. */
  ready: boolean;
  answers: Situation;
  savedAt?: string;
  migratedFrom?: number;
}

/** Saved answers that could not be read, set aside (storage.ts UNREADABLE_KEY) until the person deletes them. */
export interface StorageProblem {
  raw: string;
  /** Known on the page that found them; a later page only knows they are set aside. */
  reason?: Extract<LoadResult, { kind: 'invalid' }>['reason'];
}

const SERVER: AnswersState = { ready: false, answers: {} };
let current: AnswersState | null = null;
let problem: StorageProblem | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function snapshot(): AnswersState {
  if (!current) {
    const store = storage();
    const r = store ? load(store) : ({ kind: 'empty' } as const);
    if (r.kind === 'invalid') problem = { raw: r.raw, reason: r.reason };
    else {
      const aside = store ? unreadable(store) : null;
      problem = aside === null ? null : { raw: aside };
    }
    current = r.kind === 'ok' ? { ready: true, answers: r.answers, savedAt: r.savedAt, migratedFrom: r.migratedFrom } : { ready: true, answers: {} };
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = () => {
    current = null;
    notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useAnswers(): AnswersState {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER);
}

/** Saves the whole situation (already validated by the caller). */
export function saveAnswers(answers: Situation) {
  const store = storage();
  if (store) save(store, answers);
  current = { ready: true, answers, savedAt: new Date().toISOString() };
  notify();
}

const problemListeners = new Set<() => void>();
export function useStorageProblem(): StorageProblem | null {
  useAnswers(); // loading is what detects a problem
  return useSyncExternalStore(
    (l) => {
      problemListeners.add(l);
      return () => problemListeners.delete(l);
    },
    () => problem,
    () => null,
  );
}
/** Deletes the answers set aside (after the person downloaded them, or chose not to). */
export function dismissStorageProblem() {
  const store = storage();
  if (store) forgetUnreadable(store);
  problem = null;
  problemListeners.forEach((l) => l());
}
