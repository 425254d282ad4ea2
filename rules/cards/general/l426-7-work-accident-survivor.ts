// CR-3 · Carte de résident for those entitled to a French AT/MP death pension (survivors),
// subject to lawful stay (L426-7). Reduced fee.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { WORK_ACCIDENT_CARD } from './work-accident-common';
import { RESIDENT_CARD, lawfullyResident } from './family-helpers';

const REF = 'CESEDA L426-7';

export const l426_7: Card = {
  ...RESIDENT_CARD,
  ...WORK_ACCIDENT_CARD,
  id: 'ceseda-l426-7',
  legalBasis: ['CESEDA L426-7'],
  conditions: all('work-accident-survivor-resident-card', [
    generalRegime,
    test('french-work-accident-death-pension', REF, ['workAccidentSurvivorPension'], (s) => s.workAccidentSurvivorPension === true),
    lawfullyResident(REF),
  ], { ref: REF }),
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – survivor of a work-accident death. */
export const example: CardExample = {
  card: 'ceseda-l426-7',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'multi-year-card',
    maritalStatus: 'single', workAccidentSurvivorPension: true, publicOrderConcern: false, polygamy: false,
  },
};
