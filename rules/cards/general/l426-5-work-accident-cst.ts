// VPF-9 · CST VPF for the holder of a French AT/MP pension with permanent incapacity ≥ 20 %
// (L426-5). L412-1 does not apply; reduced fee.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all } from '../../logic';
import { WORK_ACCIDENT_CARD, frenchWorkAccidentPension20 } from './work-accident-common';

const REF = 'CESEDA L426-5';

export const l426_5: Card = {
  ...WORK_ACCIDENT_CARD,
  id: 'ceseda-l426-5',
  legalBasis: ['CESEDA L426-5'],
  title: 'cst',
  conditions: all('work-accident-pension-card', [
    generalRegime,
    frenchWorkAccidentPension20(REF),
  ], { ref: REF }),
  durationMonths: 12,
  leadsTo: ['ceseda-l426-6'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – work-accident pension. */
export const example: CardExample = {
  card: 'ceseda-l426-5',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    workAccidentPension20: true, publicOrderConcern: false, polygamy: false,
  },
};
