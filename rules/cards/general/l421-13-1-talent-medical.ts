// W-6 · CSP "talent – profession médicale et de la pharmacie" (L421-13-1, loi 2024-42).
import type { Card, CardExample } from '../../card';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-13-1';

export const l421_13_1: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-13-1',
  legalBasis: ['CESEDA L421-13-1'],
  conditions: talentConditions('talent-medical-profession', REF, [
    // Doctor, dentist, midwife or pharmacist trained abroad, with an assignment decision or an authorisation to practise.
    activityIs('medical-practitioner-with-authorisation', REF, ['medical-profession']),
  ]),
  documents: ['medical-practice-authorisation', 'diploma'],
  confidence: 'H',
  sources: ['legal.tricoteuses.fr JORFARTI000051736262', 'terravocats'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – profession médicale et de la pharmacie ». */
export const example: CardExample = {
  card: 'ceseda-l421-13-1',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'medical-profession', publicOrderConcern: false,
  },
};
