'use client';
/**
 * "Which questions are left, and about how many?" for the question pages, answered by the rules worker so that loading the
 * engine never blocks a tap. Same answer as `nextQuestions` from rules/: when a worker cannot start (old
 * browser, blocked by a policy) or fails, the engine is loaded on the main thread instead.
 */
import type { Situation } from '../rules/situation';
import type { Screen } from '../rules/screen-specs';
import type { EngineReply, EngineRequest, Remaining } from './engine-protocol';

type Pending = { resolve: (r: Remaining) => void; reject: (error: Error) => void; request: EngineRequest };

let worker: Worker | null | undefined;
let lastId = 0;
const pending = new Map<number, Pending>();

const onMainThread = (request: EngineRequest) => import('./remaining').then((m) => m.remaining(request.situation, request.asOf, request.screenId));

/** Gives up on the worker and answers what it was asked on the main thread. */
function abandonWorker() {
  worker?.terminate();
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    onMainThread(p.request).then(p.resolve, p.reject);
  }
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('next' in reply) p.resolve({ next: reply.next, left: reply.left, screen: reply.screen, previous: reply.previous });
    else p.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    abandonWorker();
  };
  return worker;
}

export function remainingQuestions(situation: Situation, asOf: string, screenId?: string): Promise<Remaining> {
  const request: EngineRequest = { id: ++lastId, situation, asOf, ...(screenId ? { screenId } : {}) };
  const w = startWorker();
  if (!w) return onMainThread(request);
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject, request });
    w.postMessage(request);
  });
}

/**
 * The next page, computed when the previous one was saved: kept in memory across the client-side navigation so
 * the next page shows its fields at once instead of waiting for the worker again.
 */
let handedOver: Screen | null = null;
export function handOverScreen(screen: Screen | null) {
  handedOver = screen;
}
export function takeHandedOver(id: string): Screen | null {
  const s = handedOver && handedOver.id === id ? handedOver : null;
  return s;
}
