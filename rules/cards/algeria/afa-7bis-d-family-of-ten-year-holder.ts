// DZ-10d · Algerian certificat 10 years: family of a 10-year certificat holder admitted through regroupement familial (accord art. 7 bis d)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';

const REF = 'AFA 7bis-d';

export const afa_7bis_d: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-d',
  legalBasis: ['AFA 7bis-d'],
  kind: 'plein-droit',
  conditions: all('algerian-family-of-ten-year-holder', [
    algerianRegime,
    test('admitted-through-family-reunification', REF, ['admittedThroughFamilyReunification'], (s) => s.admittedThroughFamilyReunification === true),
    // The Algerian 10-year certificat is the counterpart of the carte de résident in the sponsor question.
    test('sponsor-holds-10-year-title', REF, ['sponsorTitle'], (s) => s.sponsorTitle === 'resident-card'),
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['family-reunification-authorisation', 'sponsor-title', 'long-stay-visa'],
  channel: 'préfecture',
  sources: [...DZ_TEN_YEAR_SOURCES, 'service-public F35147'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – membre de famille d'un titulaire du certificat de dix ans. */
export const example: CardExample = {
  card: 'afa-7bis-d',
  situation: {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '2008-03-01',
    currentTitle: 'none', entryVisa: 'long-stay', admittedThroughFamilyReunification: true,
    sponsorTitle: 'resident-card', maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
