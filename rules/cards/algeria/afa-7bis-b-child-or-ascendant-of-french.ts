// DZ-10b · Algerian certificat 10 years: child (< 21 or dependent) or dependent ascendant of a French national (accord art. 7 bis b)).
import type { Card, CardExample } from '../../card';
import { ageOn, algerianRegime } from '../../conditions';
import { all, any, test } from '../../logic';
import { lawfulStay } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 7bis-b';

export const afa_7bis_b: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-b',
  legalBasis: ['AFA 7bis-b'],
  kind: 'plein-droit',
  conditions: all('algerian-child-or-ascendant-of-french', [
    algerianRegime,
    any('child-or-dependent-ascendant-of-french', [
      all('child-of-french-under-21-or-dependent', [
        test('child-of-french-national', REF, ['isChildOfFrenchNational'], (s) => s.isChildOfFrenchNational === true),
        any('under-21-or-dependent', [
          test('under-21', REF, ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? 99) < T.dzChildOfFrenchAgeBelow),
          test('dependent-on-french-family', REF, ['dependentOnFrenchFamily'], (s) => s.dependentOnFrenchFamily === true),
        ], { ref: REF }),
      ], { ref: REF }),
      // Ascendant of the French national or of that national's spouse.
      test('dependent-ascendant-of-french', REF, ['isDependentParentOfFrench'], (s) => s.isDependentParentOfFrench === true),
    ], { ref: REF }),
    lawfulStay(REF),
  ], { ref: REF }),
  documents: ['parent-french-nationality-proof', { id: 'proof-of-dependency', when: (s) => s.isDependentParentOfFrench === true || s.dependentOnFrenchFamily === true }],
  channel: 'ANEF',
  displaces: ['ceseda-l423-11', 'ceseda-l423-12'],
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – enfant ou ascendant à charge de Français. */
export const example: CardExample = {
  card: 'afa-7bis-b',
  situation: {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, currentTitle: 'vls-ts',
    entryVisa: 'long-stay', maritalStatus: 'single', isDependentParentOfFrench: true, publicOrderConcern: false,
    polygamy: false,
  },
};
