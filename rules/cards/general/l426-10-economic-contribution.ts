// CR-11 · Carte de résident for an exceptional economic contribution (L426-10, old L314-15):
// ≥ 50 jobs created or saved, or ≥ €10 million invested. Discretionary. The article number is
// probable but its text was not seen (⚠): verify.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { RESIDENT_CARD } from './family-helpers';

const REF = 'CESEDA L426-10';

export const l426_10: Card = {
  ...RESIDENT_CARD,
  id: 'ceseda-l426-10',
  legalBasis: ['CESEDA L426-10'],
  kind: 'discretionary',
  conditions: all('exceptional-economic-contribution-card', [
    generalRegime,
    test('exceptional-economic-contribution', REF, ['exceptionalEconomicContribution'], (s) => s.exceptionalEconomicContribution === true, { confidence: 'M' }),
  ], { ref: REF }),
  documents: ['investment-or-jobs-evidence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  confidence: 'M',
  verify: ['l426-10-article-not-seen'],
  sources: ['immigration-professionnelle.gouv.fr', 'lexcase-immigration'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Resident card – exceptional economic contribution. */
export const example: CardExample = {
  card: 'ceseda-l426-10',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    exceptionalEconomicContribution: true, publicOrderConcern: false, polygamy: false,
  },
};
