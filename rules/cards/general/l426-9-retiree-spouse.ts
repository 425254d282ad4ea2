// O-4 · "Retraité" card for the spouse of a "retraité" card holder who lived lawfully in
// France with them (L426-9). M: details from summaries.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { l426_8 } from './l426-8-retiree';

const REF = 'CESEDA L426-9';

export const l426_9: Card = {
  // O-4: the spouse gets the retraité's own card: 10 years, at the préfecture, tax-exempt always (F-7), same source.
  ...l426_8,
  id: 'ceseda-l426-9',
  legalBasis: ['CESEDA L426-9'],
  conditions: all('retiree-spouse-card', [
    generalRegime,
    test('is-married', REF, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    // A French spouse holds no residence card, so never the "retraité" one (O-4: the spouse of a foreign
    // retraité-card holder). Review R, 2026-12-03: a spouse of a French national was shown this card as possible
    // while the retraité question was unanswered. No fact of its own: a "yes" to the card question implies it.
    test('spouse-is-foreign-national', REF, [], (s) =>
      s.partnerIsFrench === true ? false : s.partnerIsFrench === false || s.spouseHoldsRetireeCard === true ? true : 'unknown'),
    test('spouse-holds-retiree-card', REF, ['spouseHoldsRetireeCard'], (s) => s.spouseHoldsRetireeCard === true),
    test('former-resident-living-abroad', REF, ['formerResidentLivingAbroad'], (s) => s.formerResidentLivingAbroad === true, { confidence: 'M' }),
  ], { ref: REF }),
  documents: ['marriage-certificate', 'spouse-retiree-card', 'previous-titles'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): "Retraité" residence card – spouse. */
export const example: CardExample = {
  card: 'ceseda-l426-9',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    formerResidentLivingAbroad: true, maritalStatus: 'married', spouseHoldsRetireeCard: true, publicOrderConcern: false,
    polygamy: false,
  },
};
