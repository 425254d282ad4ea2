/** What a question page needs from the engine, in one call (run by engine.worker.ts, or on the main thread). */
import { nextScreen, screenView, screensLeft } from '../../rules';
import type { Situation } from '../../rules/situation';
import type { Remaining } from './engine-protocol';

export function remaining(situation: Situation, asOf: string, screenId?: string): Remaining {
  return {
    next: nextScreen(situation, { asOf }) ?? null,
    left: screensLeft(situation, { asOf }),
    ...(screenId ? { screen: screenView(screenId, situation, { asOf }) } : {}),
  };
}
