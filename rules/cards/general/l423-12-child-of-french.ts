// CR-1 · Carte de résident, child of a French national (L423-12): under 21, or dependent,
// or a working 16–18-year-old (L421-35). VLS required; lawful stay; not in L413-7.
import type { Card, CardExample } from '../../card';
import { generalRegime, longStayVisa } from '../../conditions';
import { all, any, test } from '../../logic';
import { RESIDENT_CARD_ON_ANEF, ageInRange, agedSixteenOrSeventeenAndWorking, lawfullyResident } from './family-helpers';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-12';

export const l423_12: Card = {
  ...RESIDENT_CARD_ON_ANEF,
  id: 'ceseda-l423-12',
  legalBasis: ['CESEDA L423-12'],
  kind: 'plein-droit',
  conditions: all('child-of-french-national', [
    generalRegime,
    test('child-of-french-national', REF, ['isChildOfFrenchNational'], (s) => s.isChildOfFrenchNational === true),
    any('aged-18-to-21-or-dependent', [
      ageInRange('aged-18-to-20', REF, T.childOfFrenchMinAge, T.childOfFrenchAgeBelow),
      test('dependent-on-french-parents', REF, ['dependentOnFrenchFamily'], (s) => s.dependentOnFrenchFamily === true),
      agedSixteenOrSeventeenAndWorking,
    ], { ref: REF, confidence: 'M' }),
    longStayVisa(),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: [
    'parent-french-nationality-proof',
    'long-stay-visa',
    { id: 'proof-of-dependency', when: (s) => s.dependentOnFrenchFamily === true },
  ],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771720'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – child of a French national. */
export const example: CardExample = {
  card: 'ceseda-l423-12',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2006-06-01',
    currentTitle: 'vls-ts', entryVisa: 'long-stay', maritalStatus: 'single', isChildOfFrenchNational: true,
    publicOrderConcern: false, polygamy: false,
  },
};
