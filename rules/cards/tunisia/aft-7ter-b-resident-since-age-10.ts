// TN-2 · Tunisian CST VPF 1 year: resident in France since the age of 10 at most (accord art. 7 ter b); letter low confidence).
import type { Card, CardExample } from '../../card';
import { tunisianRegime } from '../../conditions';
import { all } from '../../logic';
import { residentSinceAge10 } from '../bilateral';
import { TN_COMMON, TN_SOURCES } from './shared';

const REF = 'AFT 7ter-b';

export const aft_7ter_b: Card = {
  ...TN_COMMON,
  id: 'aft-7ter-b',
  legalBasis: ['AFT 7ter-b'],
  kind: 'plein-droit',
  title: 'cst',
  // Residence since age 10 at most, proved by any means.
  conditions: all('tunisian-resident-since-childhood', [tunisianRegime, residentSinceAge10(REF)], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-presence-each-year'],
  channel: 'préfecture',
  durationMonths: 12,
  confidence: 'L',
  verify: ['aft-7ter-b-letter'],
  sources: [...TN_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « vie privée et familiale » (accord franco-tunisien). */
export const example: CardExample = {
  card: 'aft-7ter-b',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'tunisian', familyOfEuCitizen: false, birthDate: '2000-01-01',
    currentTitle: 'none', habitualResidenceSince: '2005-01-01', maritalStatus: 'single', publicOrderConcern: false,
  },
};
