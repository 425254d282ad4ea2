// CR-3 · Carte de résident for the holder of a French AT/MP pension with incapacity ≥ 20 %,
// subject to lawful stay (L426-6). Not in L413-7; reduced fee.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { lawfullyResident } from './family-helpers';

const REF = 'CESEDA L426-6';

export const l426_6: Card = {
  id: 'ceseda-l426-6',
  legalBasis: ['CESEDA L426-6'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('work-accident-pension-resident-card', [
    generalRegime,
    test('french-work-accident-pension-20-percent', REF, ['workAccidentPension20'], (s) => s.workAccidentPension20 === true),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: ['work-accident-pension-decision'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'reduced' },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['juriblio CESEDA IV-II-VI s.2 ss.1'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – work-accident pension. */
export const example: CardExample = {
  card: 'ceseda-l426-6',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'cst-1-year',
    maritalStatus: 'single', workAccidentPension20: true, publicOrderConcern: false, polygamy: false,
  },
};
