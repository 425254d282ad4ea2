/** Messages between a question page and the rules worker (engine.worker.ts). */
import type { Screen } from '../rules/screens';
import type { Situation } from '../rules/situation';

export interface EngineRequest {
  id: number;
  situation: Situation;
  asOf: string;
  /** The page being shown (a screen id or a fact id), rebuilt from the answers. */
  screenId?: string;
}

/** `next`: the next page to show (null: nothing left); `left`: about how many pages are still to come; `screen`: the page asked for. */
export interface Remaining {
  next: Screen | null;
  left: number;
  screen?: Screen;
  /** The page before the one asked for (its id), for the back link; undefined for the first page. */
  previous?: string;
}

export type EngineReply = ({ id: number } & Remaining) | { id: number; error: string };
