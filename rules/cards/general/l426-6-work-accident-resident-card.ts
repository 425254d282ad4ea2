// CR-3 · Carte de résident for the holder of a French AT/MP pension with incapacity ≥ 20 %,
// subject to lawful stay (L426-6). Not in L413-7; reduced fee.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all } from '../../logic';
import { WORK_ACCIDENT_CARD, frenchWorkAccidentPension20 } from './work-accident-common';
import { RESIDENT_CARD, lawfullyResident } from './family-helpers';

const REF = 'CESEDA L426-6';

export const l426_6: Card = {
  ...RESIDENT_CARD,
  ...WORK_ACCIDENT_CARD,
  id: 'ceseda-l426-6',
  legalBasis: ['CESEDA L426-6'],
  conditions: all('work-accident-pension-resident-card', [
    generalRegime,
    frenchWorkAccidentPension20(REF),
    lawfullyResident(REF),
  ], { ref: REF }),
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – work-accident pension. */
export const example: CardExample = {
  card: 'ceseda-l426-6',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'cst-1-year',
    maritalStatus: 'single', workAccidentPension20: true, publicOrderConcern: false, polygamy: false,
  },
};
