// CR-6 · Carte de résident, spouse of a French national after 3 years of marriage (L423-6).
// "Se voit délivrer", but L413-7 integration (B1, civic exam, mayor's opinion) is assessed:
// never shown as automatic.
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulResidenceAtLeast, livingTogether, marriageTranscribedIfAbroad, marriedForAtLeast, marriedToFrench, residentCardIntegration, SPOUSE_OF_FRENCH_DOCUMENTS } from '../../conditions';
import { all } from '../../logic';
import { RESIDENT_CARD_ON_ANEF, RESIDENT_CARD_INTEGRATION_DOCUMENTS, lawfullyResident } from './family-helpers';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-6';

export const l423_6: Card = {
  ...RESIDENT_CARD_ON_ANEF,
  id: 'ceseda-l423-6',
  legalBasis: ['CESEDA L423-6'],
  kind: 'plein-droit',
  conditions: all('spouse-of-french-resident-card', [
    generalRegime,
    marriedToFrench(REF),
    marriedForAtLeast('married-at-least-3-years', REF, T.residentSpouseMarriageYears),
    // Life together "n'a pas cessé depuis le mariage"; the spouse kept French nationality.
    livingTogether(REF),
    marriageTranscribedIfAbroad(REF),
    lawfullyResident(REF),
    lawfulResidenceAtLeast('lawful-residence-3-years', REF, T.residentCardLawfulYears),
    residentCardIntegration,
  ], { ref: REF }),
  documents: [
    ...SPOUSE_OF_FRENCH_DOCUMENTS,
    'previous-titles',
    ...RESIDENT_CARD_INTEGRATION_DOCUMENTS,
  ],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042801134', 'legal.tricoteuses.fr LEGIARTI000049052366 (L413-7)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Resident card – spouse of a French national. */
export const example: CardExample = {
  card: 'ceseda-l423-6',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'spouse-of-french', lawfulResidenceSince: '2020-01-01',
    maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2022-01-10', marriagePlace: 'france',
    livingTogether: true, frenchLevel: 'b1', civicExamPassed: true, publicOrderConcern: false, polygamy: false,
  },
};
