/** What a question page needs from the engine, in one call (run by engine.worker.ts, or on the main thread). */
import { nextQuestions, questionsLeft } from '../../rules';
import type { Situation } from '../../rules/situation';
import type { Remaining } from './engine-protocol';

export function remaining(situation: Situation, asOf: string): Remaining {
  return { next: nextQuestions(situation, { asOf }), left: questionsLeft(situation, { asOf }) };
}
