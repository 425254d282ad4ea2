// CR-4 · Carte de résident for a Légion étrangère soldier with at least 3 years of service and a
// good-conduct certificate (L426-3). No lawful-stay condition (M); no visa de régularisation (L436-4).
import type { Card } from '../../card';
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
  // The tax exemption is stated for L426-2; for L426-3 only the visa exemption is (M).
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true, verify: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  verifiedOn: '2026-11-22',
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771842'],
};
