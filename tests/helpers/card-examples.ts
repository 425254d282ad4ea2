/// <reference types="vite/client" />
/**
 * The example person of every card (issue 16): each card file ends with `export const example: CardExample` (or
 * `examples` for a file that builds several cards). Collected here from the files themselves, so a new card file is
 * picked up without a list to update; tests/conditions-generated.test.ts fails when a card has none.
 */
import type { CardExample, CardId } from '../../rules/card';
import type { CardResult } from '../../rules/evaluate';
import type { IsoDate } from '../../rules/dates';
import type { Situation } from '../../rules/situation';
import { result } from './card-cases';
import { persona } from './personas';

type CardModule = { example?: CardExample; examples?: readonly CardExample[] };

/** An example with its answers: a card that names a public scenario's persona gets the persona file's answers and date. */
export interface PersonExample {
  card: CardId;
  asOf?: IsoDate;
  situation: Situation;
}
const resolve = (e: CardExample): PersonExample =>
  e.persona ? { card: e.card, asOf: e.asOf ?? persona(e.persona).asOf, situation: persona(e.persona).situation } : { card: e.card, asOf: e.asOf, situation: e.situation! };

const modules = import.meta.glob<CardModule>('../../rules/cards/**/*.ts', { eager: true });

/** Where each example was found (file → examples), to name the file in a failure. */
export const EXAMPLE_FILES: readonly { file: string; example: PersonExample }[] = Object.entries(modules).flatMap(([file, m]) =>
  [...(m.example ? [m.example] : []), ...(m.examples ?? [])].map((example) => ({ file: file.replace('../../', ''), example: resolve(example) })),
);

export const EXAMPLES: ReadonlyMap<CardId, PersonExample> = new Map(EXAMPLE_FILES.map(({ example }) => [example.card, example]));

/** The evaluation date of the examples that need none of their own. */
export const EXAMPLE_AS_OF = '2026-11-22';

/** A card's result for its own example person, with changes, on the example's date (or `asOf`). */
export function exampleResult(id: CardId, change: Situation = {}, asOf?: IsoDate): CardResult {
  const ex = EXAMPLES.get(id);
  if (!ex) throw new Error(`no example for ${id}`);
  return result(id, { ...ex.situation, ...change }, asOf ?? ex.asOf ?? EXAMPLE_AS_OF);
}
