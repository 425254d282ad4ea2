// W-6 · CSP "talent – profession médicale et de la pharmacie" (L421-13-1, loi 2024-42).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all } from '../../logic';
import { TALENT_SILENCE, activityIs, visaOrChangeOfStatus } from './work-common';

const REF = 'CESEDA L421-13-1';

export const l421_13_1: Card = {
  id: 'ceseda-l421-13-1',
  legalBasis: ['CESEDA L421-13-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('talent-medical-profession', [
    generalRegime,
    // Doctor, dentist, midwife or pharmacist trained abroad, with an assignment decision or an authorisation to practise.
    activityIs('medical-practitioner-with-authorisation', REF, ['medical-profession']),
    visaOrChangeOfStatus(REF),
  ], { ref: REF }),
  documents: ['medical-practice-authorisation', 'diploma'],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 48,
  implicitRefusal: TALENT_SILENCE,
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
