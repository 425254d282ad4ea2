/** fast-check arbitraries built from the fact registry: any schema-valid Situation. */
import fc from 'fast-check';
import { DONT_KNOW, FACTS, FACT_IDS, type FactId } from '../../rules/facts';
import type { Situation } from '../../rules/situation';

const DATE_MIN = new Date('1940-01-01T00:00:00Z');
const DATE_MAX = new Date('2027-12-31T00:00:00Z');
const isoDate = fc.date({ min: DATE_MIN, max: DATE_MAX, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export function valueArb(id: FactId): fc.Arbitrary<unknown> {
  const spec = FACTS[id];
  const input = spec.input;
  switch (input.kind) {
    case 'yes-no':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...input.options);
    case 'date':
      return isoDate;
    case 'number':
      // Mostly plausible small values, sometimes anything in range.
      return fc.oneof(fc.integer({ min: 0, max: Math.min(input.max, 60) }), fc.integer({ min: 0, max: input.max }));
    case 'postcode':
      return fc.constantFrom('75013', '13001', '94000', '97400', '69003', '31000');
  }
}

/** A fact answer: a value, or "dont-know" where allowed. */
export function answerArb(id: FactId): fc.Arbitrary<unknown> {
  return FACTS[id].dontKnow ? fc.oneof({ weight: 5, arbitrary: valueArb(id) }, { weight: 1, arbitrary: fc.constant(DONT_KNOW) }) : valueArb(id);
}

export const situationArb: fc.Arbitrary<Situation> = fc.record(
  Object.fromEntries(FACT_IDS.map((id) => [id, answerArb(id)])) as Record<FactId, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<Situation>;

export const factIdArb = fc.constantFrom(...FACT_IDS);

/**
 * A sparse situation, as the wizard holds it early on or after skipped questions: some of the first questions in
 * registry order (urgent, who you are, your stay: each answered or not), and at most a few later facts; everything
 * else unanswered. The full arbitrary answers about half of all facts, so it rarely reaches the states where a card
 * rests on one unanswered fact (TESTGEN, issue 16).
 */
export const sparseSituationArb = (early = 40, late = 4): fc.Arbitrary<Situation> =>
  fc.tuple(fc.subarray(FACT_IDS.slice(0, early)), fc.uniqueArray(fc.constantFrom(...FACT_IDS.slice(early)), { maxLength: late }))
    .chain(([a, b]) => fc.record(Object.fromEntries([...a, ...b].map((id) => [id, answerArb(id)])) as Record<string, fc.Arbitrary<unknown>>)) as fc.Arbitrary<Situation>;

/** One answer for every fact (a draw to pick from once the fact to answer is known). */
export const everyAnswerArb: fc.Arbitrary<Record<FactId, unknown>> = fc.record(
  Object.fromEntries(FACT_IDS.map((id) => [id, answerArb(id)])) as Record<FactId, fc.Arbitrary<unknown>>,
);
