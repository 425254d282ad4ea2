// DZ-E3 · Algerian certificat 1 year: regulated professional activity (accord art. 7 c)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7-c';

export const afa_7_c: Card = {
  ...DZ_COMMON,
  id: 'afa-7-c',
  legalBasis: ['AFA 7-c'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  conditions: all('algerian-regulated-activity', [
    algerianRegime,
    test('holds-authorisation-to-practise', REF, ['holdsProfessionalAuthorisation'], (s) => s.holdsProfessionalAuthorisation === true),
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['long-stay-visa', 'diploma'],
  channel: 'préfecture',
  durationMonths: 12,
  leadsTo: ['afa-7bis-discretionary'],
  confidence: 'H',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'lantheaume-avocat (arts 5, 7 c), 9)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an – activité professionnelle réglementée. */
export const example: CardExample = {
  card: 'afa-7-c',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'long-stay', maritalStatus: 'single', holdsProfessionalAuthorisation: true,
    publicOrderConcern: false,
  },
};
