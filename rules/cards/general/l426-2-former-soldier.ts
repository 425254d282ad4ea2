// CR-4 · Carte de résident for a foreigner who served in a combat unit of the French army (or the
// FFI, or an allied army in France), subject to lawful stay (L426-2). First issue tax-exempt; no
// visa de régularisation (L436-4).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { lawfullyResident } from './family-helpers';

const REF = 'CESEDA L426-2';

export const l426_2: Card = {
  id: 'ceseda-l426-2',
  legalBasis: ['CESEDA L426-2'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('former-soldier-resident-card', [
    generalRegime,
    test('served-in-french-combat-unit', REF, ['frenchArmyService'], (s) => s.frenchArmyService === 'combat-unit'),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: ['military-service-records'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771842'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – former soldier. */
export const example: CardExample = {
  card: 'ceseda-l426-2',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'cst-1-year',
    maritalStatus: 'single', frenchArmyService: 'combat-unit', publicOrderConcern: false, polygamy: false,
  },
};
