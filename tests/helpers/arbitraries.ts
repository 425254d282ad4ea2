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
