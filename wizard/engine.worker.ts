/// <reference lib="webworker" />
/**
 * The rules engine off the main thread, for the question pages: loading every card takes a long task on a
 * slow phone (≈ 120 ms under Lighthouse's mobile throttling), which would block taps while the page starts.
 * The page asks this worker for the remaining questions; engine-client.ts falls back to the main thread
 * when a worker cannot start.
 */
import { remaining } from './remaining';
import type { EngineRequest, EngineReply } from './engine-protocol';

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, situation, asOf, screenId } = event.data;
  let reply: EngineReply;
  try {
    reply = { id, ...remaining(situation, asOf, screenId) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
