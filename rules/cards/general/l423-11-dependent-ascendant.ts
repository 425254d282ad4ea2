// CR-2 · Carte de résident, dependent ascendant of a French national or of the French
// national's spouse (L423-11). Plein droit; VLS required (L412-1); not in L413-7.
import type { Card, CardExample } from '../../card';
import { generalRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { RESIDENT_CARD_ON_ANEF, lawfullyResident } from './family-helpers';

const REF = 'CESEDA L423-11';

export const l423_11: Card = {
  ...RESIDENT_CARD_ON_ANEF,
  id: 'ceseda-l423-11',
  legalBasis: ['CESEDA L423-11'],
  kind: 'plein-droit',
  conditions: all('dependent-ascendant-of-french', [
    generalRegime,
    // Parent or grandparent (in-laws included), dependent: prior regular support and the family's means.
    test('dependent-ascendant-of-french-national', REF, ['isDependentParentOfFrench'], (s) => s.isDependentParentOfFrench === true),
    longStayVisa(),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: ['parent-french-nationality-proof', 'proof-of-dependency', 'long-stay-visa'],
  confidence: 'H',
  sources: ['lexcase-immigration "ascendant à charge"', 'mandyrezeaumerah 2024-07-03'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – dependent parent of a French national. */
export const example: CardExample = {
  card: 'ceseda-l423-11',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'vls-ts',
    entryVisa: 'long-stay', maritalStatus: 'single', isDependentParentOfFrench: true, publicOrderConcern: false,
    polygamy: false,
  },
};
