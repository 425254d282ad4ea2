// DZ-10e · Algerian certificat 10 years: habitual residence in France since the age of 10 at most (accord art. 7 bis e)).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all } from '../../logic';
import { residentSinceAge10 } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';

const REF = 'AFA 7bis-e';

export const afa_7bis_e: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-e',
  legalBasis: ['AFA 7bis-e'],
  kind: 'plein-droit',
  // No lawful-stay reservation for e) (it covers only a, b, c and g).
  conditions: all('algerian-resident-since-childhood', [algerianRegime, residentSinceAge10(REF)], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-presence-each-year'],
  channel: 'préfecture',
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – résidence en France depuis l'âge de dix ans. */
export const example: CardExample = {
  card: 'afa-7bis-e',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '2000-01-01',
    currentTitle: 'none', habitualResidenceSince: '2009-09-01', maritalStatus: 'single', publicOrderConcern: false,
  },
};
