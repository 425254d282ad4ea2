/** Messages between a question page and the rules worker (engine.worker.ts). */
import type { FactId } from '../../rules/facts';
import type { Situation } from '../../rules/situation';

export interface EngineRequest {
  id: number;
  situation: Situation;
  asOf: string;
}

/** `next`: the questions in the order to ask them; `left`: about how many are still to come (progress line). */
export interface Remaining {
  next: FactId[];
  left: number;
}

export type EngineReply = ({ id: number } & Remaining) | { id: number; error: string };
