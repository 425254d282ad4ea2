// CR-4 · Carte de résident for a Légion étrangère soldier with at least 3 years of service and a
// good-conduct certificate (L426-3). No lawful-stay condition (M); no visa de régularisation (L436-4).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L426-3';

export const l426_3: Card = {
  id: 'ceseda-l426-3',
  legalBasis: ['CESEDA L426-3'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('foreign-legion-resident-card', [
    generalRegime,
    test('legion-service-3-years', REF, ['frenchArmyService'], (s) => s.frenchArmyService === 'foreign-legion-3-years'),
    test('legion-good-conduct-certificate', REF, ['legionGoodConduct'], (s) => s.legionGoodConduct === true),
  ], { ref: REF }),
  documents: ['military-service-records', 'legion-good-conduct-certificate'],
  channel: 'préfecture',
  channelVerify: true,
  // F-7 lists L426-2, not L426-3, among the first issues exempt from the tax: standard tax. L436-4 exempts
  // L426-3 from the visa de régularisation only.
  fee: { tax: 'standard', regularisationVisaExempt: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771842'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – French Foreign Legion. */
export const example: CardExample = {
  card: 'ceseda-l426-3',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    legionGoodConduct: true, frenchArmyService: 'foreign-legion-3-years', publicOrderConcern: false, polygamy: false,
  },
};
