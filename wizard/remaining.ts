/** What a question page needs from the engine, in one call (run by engine.worker.ts, or on the main thread). */
import { nextScreen, screenOfFact, screenView, screensLeft, type FactId } from '../rules';
import type { Situation } from '../rules/situation';
import type { Remaining } from './engine-protocol';

/**
 * The page before this one (for the back link): the page of the answer given just before this page's first
 * answer; undefined for the first page. Worked out here, so the page itself never loads the list of screens.
 */
function previousPage(answers: Situation, pageFacts: readonly FactId[]): string | undefined {
  const keys = (Object.keys(answers) as FactId[]).filter((k) => k !== ('residencePeriods' as FactId));
  const here = keys.findIndex((k) => pageFacts.includes(k));
  const prev = (here === -1 ? keys : keys.slice(0, here)).filter((k) => !pageFacts.includes(k)).at(-1);
  return prev && (screenOfFact(prev)?.id ?? prev);
}

export function remaining(situation: Situation, asOf: string, screenId?: string): Remaining {
  const screen = screenId ? screenView(screenId, situation, { asOf }) : undefined;
  return {
    next: nextScreen(situation, { asOf }) ?? null,
    left: screensLeft(situation, { asOf }),
    ...(screen ? { screen, previous: previousPage(situation, screen.facts) } : {}),
  };
}
