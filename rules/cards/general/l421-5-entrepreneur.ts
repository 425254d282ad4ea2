// W-3 · CST "entrepreneur / profession libérale" (L421-5; R421-7 to R421-9).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { activityIs, visaOrChangeOfStatus } from './work-common';

const REF = 'CESEDA L421-5';

export const l421_5: Card = {
  id: 'ceseda-l421-5',
  legalBasis: ['CESEDA L421-5'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('entrepreneur', [
    generalRegime,
    activityIs('runs-own-business', REF, ['own-business']),
    // R421-8: economic viability, with the DDFiP's opinion for a new business: the préfet decides.
    test('viable-business', 'CESEDA R421-8', ['activity'], (s) => s.activity === 'own-business', { assessedBy: 'prefet' }),
    // Income at least the full-time SMIC (M).
    test('income-at-least-smic', 'CESEDA R421-9', ['stableResourcesAtLeastSmic'], (s) => s.stableResourcesAtLeastSmic === true, { confidence: 'M' }),
    // Registered with the RNE, RCS or URSSAF (R421-7).
    test('business-registered', 'CESEDA R421-7', ['businessRegistered'], (s) => s.businessRegistered === true),
    visaOrChangeOfStatus(REF),
  ], { ref: REF }),
  documents: ['business-registration-and-plan', 'proof-of-resources'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 12,
  confidence: 'H',
  sources: ['french-business-law (CESEDA p.149)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour temporaire « entrepreneur / profession libérale ». */
export const example: CardExample = {
  card: 'ceseda-l421-5',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'own-business', stableResourcesAtLeastSmic: true,
    businessRegistered: true, publicOrderConcern: false,
  },
};
