// APS-3 · APS for a victim who has left prostitution and follows the exit programme of CASF
// L121-9 (L425-4). Discretionary ("peut"); at least 6 months; allows work; L412-5 applies.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L425-4';

export const l425_4: Card = {
  id: 'ceseda-l425-4',
  legalBasis: ['CESEDA L425-4'],
  regime: 'general',
  kind: 'discretionary',
  title: 'aps',
  conditions: all('prostitution-exit-programme', [
    generalRegime,
    // The programme is open to victims of prostitution, pimping or trafficking who have stopped.
    test('on-prostitution-exit-programme', REF, ['prostitutionExitProgramme'], (s) => s.prostitutionExitProgramme === true),
  ], { ref: REF }),
  documents: ['exit-programme-decision'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'aps' },
  durationMonths: 6,
  confidence: 'H',
  sources: ['gisti.org article7049', 'alexia.fr (Kirimov, 24 Feb 2023)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Temporary residence permit (APS) – leaving prostitution. */
export const example: CardExample = {
  card: 'ceseda-l425-4',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    prostitutionExitProgramme: true, publicOrderConcern: false, polygamy: false,
  },
};
