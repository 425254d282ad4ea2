// O-4 · Carte "retraité", 10 years (L426-8): a former resident-card holder who now lives outside
// France and receives a French basic-scheme pension. Stays of up to 1 year at a time; no work;
// tax-exempt (L436-1). The pension condition is M (inferred, article summary only).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L426-8';

export const l426_8: Card = {
  id: 'ceseda-l426-8',
  legalBasis: ['CESEDA L426-8'],
  regime: 'general',
  kind: 'plein-droit',
  retiree: true, // a "retraité" carte de séjour of its own, not a resident card (O-4): renewed at the préfecture (F-1)
  // The "retraité" card is a 10-year card of its own; the closest title type is the CR.
  title: 'cr',
  conditions: all('retiree-card', [
    generalRegime,
    test('former-resident-living-abroad', REF, ['formerResidentLivingAbroad'], (s) => s.formerResidentLivingAbroad === true),
    test('french-retirement-pension', REF, ['frenchRetirementPension'], (s) => s.frenchRetirementPension === true, { confidence: 'M' }),
  ], { ref: REF }),
  documents: ['pension-award-letters', 'previous-titles'],
  channel: 'préfecture',
  channelVerify: true,
  // L436-1 exemption "always" for the retraité cards, renewal included (filing-fees-remedies.md F-7
  // "Tax-exempt … always: retraité (L426-8/9)"; general-regime.md O-4 "tax-exempt"; verified 2026-11-30).
  fee: { tax: 'exempt', regularisationVisaExempt: true },
  durationMonths: 120,
  confidence: 'M',
  sources: ['doctrine LEGIARTI000042776300 (L436-1 exemptions)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): "Retraité" residence card. */
export const example: CardExample = {
  card: 'ceseda-l426-8',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    formerResidentLivingAbroad: true, maritalStatus: 'single', frenchRetirementPension: true, publicOrderConcern: false,
    polygamy: false,
  },
};
