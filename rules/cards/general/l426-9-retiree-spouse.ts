// O-4 · "Retraité" card for the spouse of a "retraité" card holder who lived lawfully in
// France with them (L426-9). M: details from summaries.
import type { Card } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L426-9';

export const l426_9: Card = {
  id: 'ceseda-l426-9',
  legalBasis: ['CESEDA L426-9'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
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
  channel: 'préfecture',
  channelVerify: true,
  // L436-1 exemption "always" for the retraité cards, renewal included (filing-fees-remedies.md F-7
  // "Tax-exempt … always: retraité (L426-8/9)"; general-regime.md O-4 "tax-exempt"; verified 2026-11-30).
  fee: { tax: 'exempt', regularisationVisaExempt: true },
  durationMonths: 120,
  confidence: 'M',
  sources: ['doctrine LEGIARTI000042776300 (L436-1 exemptions)'],
};
