// CR-12 · Carte de résident for a holder of the L425-6 / L425-7 card once the person
// accused is finally convicted (L425-8).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { lawfullyResident } from './family-helpers';

const REF = 'CESEDA L425-8';

export const l425_8: Card = {
  id: 'ceseda-l425-8',
  legalBasis: ['CESEDA L425-8'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('violence-victim-resident-card', [
    generalRegime,
    test('holds-protection-order', 'CESEDA L425-6', ['protectionOrder'], (s) => s.protectionOrder === true),
    test('accused-finally-convicted', REF, ['perpetratorConvicted'], (s) => s.perpetratorConvicted === true),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: ['protection-order', 'conviction-judgment'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 120,
  confidence: 'M',
  sources: ['juriblio CESEDA IV-II-V s.2', 'doctrine LEGIARTI000042776490'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – victim of violence after the conviction. */
export const example: CardExample = {
  card: 'ceseda-l425-8',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'cst-1-year',
    maritalStatus: 'single', perpetratorConvicted: true, protectionOrder: true, publicOrderConcern: false,
    polygamy: false,
  },
};
