/**
 * The public scenarios (/work/shared/scenarios/public.md) the journeys walk, read from their persona files
 * (tests/fixtures/scenarios/<id>.json, tests/helpers/personas.ts): the answers, the evaluation date and what the
 * results page must show (`wizard`: the card and its group). Nothing of a persona is written here:
 * tests/personas.test.ts fails when a persona's answers are copied into e2e/.
 * A question the persona is silent on is answered "I don't know" by the walk (e2e/walk.ts), as in
 * tests/helpers/walks.ts and the bench; where the question does not offer it, the walk fails naming it.
 */
import { PERSONAS, type Persona } from '../tests/helpers/personas';

export type Answer = boolean | string | number;

export interface Scenario {
  id: string;
  title: string;
  /** The persona's answers (fact id → answer, the input kinds of rules/facts.ts). */
  answers: Record<string, Answer>;
  /** The card expected in the results, with its legal basis as shown. */
  expectCard: string;
  expectBasis: string[];
  expectGroup: 'g-eligible' | 'g-discretionary' | 'g-if-confirmed';
}

/** The browser clock for a persona: its evaluation date, mid-morning. */
export const clockOf = (p: Pick<Persona, 'asOf'>) => `${p.asOf}T10:00:00`;

const journey = (p: Persona): Scenario => {
  const card = p.expect.find((e) => e.card === p.wizard!.card);
  if (!card) throw new Error(`${p.id}: the wizard's card ${p.wizard!.card} has no expectation in the persona file`);
  return { id: p.id, title: p.title, answers: p.situation as Record<string, Answer>, expectCard: card.card, expectBasis: card.legalBasis, expectGroup: p.wizard!.group };
};

/** Every persona whose file says what the results page shows. */
const SCENARIOS: Scenario[] = PERSONAS.filter((p) => p.wizard).map(journey);

/** A journey by persona id. */
export const scenarioById = (id: string): Scenario => {
  const sc = SCENARIOS.find((s) => s.id === id);
  if (!sc) throw new Error(`no journey for ${id} (its persona file has no "wizard")`);
  return sc;
};

/** The evaluation date of the journeys (every one of them is on the reference date of public.md). */
export const AS_OF = clockOf(PERSONAS.find((p) => p.id === 'P01')!);
for (const p of PERSONAS.filter((x) => x.wizard)) if (clockOf(p) !== AS_OF) throw new Error(`${p.id} is evaluated on ${p.asOf}: give its journey its own clock`);

/** A persona's answers by id (for specs that seed saved answers). */
export const answersOf = (id: string): Record<string, Answer> => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p.situation as Record<string, Answer>;
};
