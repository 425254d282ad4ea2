// DZ-E1 · Algerian certificat 1 year "visiteur" (accord art. 7 a)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisaFor } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7-a';

export const afa_7_a: Card = {
  ...DZ_COMMON,
  id: 'afa-7-a',
  legalBasis: ['AFA 7-a'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // "Qui justifient de moyens d'existence suffisants et qui prennent l'engagement de n'exercer, en France,
  // aucune activité professionnelle soumise à autorisation reçoivent après le contrôle médical d'usage
  // un certificat valable un an portant la mention « visiteur »" (quoted in CAA Nantes 15NT00440).
  conditions: all('algerian-visitor', [
    algerianRegime,
    // No figure in the accord; the SMIC is the usual benchmark (M).
    test('sufficient-means', REF, ['stableResourcesAtLeastSmic'], (s) => s.stableResourcesAtLeastSmic === true, { confidence: 'M' }),
    test('undertakes-not-to-work', REF, ['employed'], (s) => s.employed === false),
    // Art. 9: a VLS is needed; a short-stay entry is not enough (CAA Nantes 29 Sep 2015 n° 15NT00440).
    // It is the VLS for this stay ("visiteur"): a long-stay visa issued for studies years ago is not.
    longStayVisaFor('visitor', 'AFA 9'),
  ], { ref: REF }),
  documents: ['long-stay-visa', 'proof-of-resources', 'undertaking-not-to-work', 'health-insurance-certificate'],
  channel: 'préfecture',
  // ANEF for Algerian visitors: UNCONFIRMED.
  channelVerify: true,
  durationMonths: 12,
  leadsTo: ['afa-7bis-discretionary'],
  displaces: ['ceseda-l426-20'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'CAA Nantes 29 Sep 2015 n° 15NT00440', 'lantheaume-avocat'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « visiteur ». */
export const example: CardExample = {
  card: 'afa-7-a',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'long-stay', longStayVisaPurpose: 'visitor', maritalStatus: 'single',
    employed: false, stableResourcesAtLeastSmic: true, publicOrderConcern: false,
  },
};
