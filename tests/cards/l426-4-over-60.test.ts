/**
 * L426-4 al. 3: "L'étranger âgé de plus de soixante ans titulaire d'une carte de résident dont il sollicite le
 * renouvellement … se voit délivrer la carte de résident permanent" (CR-10). "Plus de soixante ans" is read as
 * L413-7's "plus de soixante-cinq ans" is (strictly after the birthday): on the 60th birthday the node was met.
 */
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../rules';
import { RESIDENT_CARD_HOLDER } from '../../rules/cards/general/example-people';
import { result } from '../helpers/card-cases';
import { traceNode } from '../helpers/scenario';

function over60(asOf: string) {
  const s: Situation = { ...RESIDENT_CARD_HOLDER, birthDate: '1966-12-03' };
  const r = result('ceseda-l426-4', s, asOf);
  return traceNode(r.conditions, 'aged-over-60')?.value;
}

describe('L426-4: aged over 60 (CR-10)', () => {
  it('the day before the 60th birthday: unmet', () => expect(over60('2026-12-02')).toBe('unmet'));
  it('on the 60th birthday: not yet "plus de soixante ans" (was met)', () => expect(over60('2026-12-03')).toBe('unmet'));
  it('the day after: met', () => expect(over60('2026-12-04')).toBe('met'));
});
