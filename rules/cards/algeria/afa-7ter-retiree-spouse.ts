// DZ-E7 · Algerian certificat "retraité" for the spouse of a "retraité" certificat holder (accord art. 7 ter).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';
import { settledOutsideFrance } from './afa-7ter-retiree';

const REF = 'AFA 7ter';

/**
 * DZ-E7 (corrected 2026-12-03): "the spouse gets a card too" (circulaire NOR INTD0500094C as reported;
 * M). The reference does not give the spouse's own conditions: they are read as for the CESEDA
 * counterpart L426-9 (married to the holder, lived in France and settled outside it with them), hence
 * the verify note. Like the holder's, the card is for stays of up to a year: never for someone living
 * in France.
 */
export const afa_7ter_spouse: Card = {
  ...DZ_COMMON,
  id: 'afa-7ter-spouse',
  legalBasis: ['AFA 7ter'],
  kind: 'plein-droit',
  retiree: true, // a "retraité" carte de séjour of its own, not a resident card (DZ-E7): renewed at the préfecture (F-1)
  title: 'dz-certificate-10y',
  conditions: all('algerian-retiree-spouse', [
    algerianRegime,
    test('is-married', REF, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    // DZ-E7: the spouse of an Algerian "retraité" certificat holder; a French spouse holds no certificat. Review R,
    // 2026-12-03: P10's spouse of a French national was shown this card as possible (the retraité question unasked).
    test('spouse-is-foreign-national', REF, [], (s) =>
      s.partnerIsFrench === true ? false : s.partnerIsFrench === false || s.spouseHoldsRetireeCard === true ? true : 'unknown'),
    test('spouse-holds-retiree-card', REF, ['spouseHoldsRetireeCard'], (s) => s.spouseHoldsRetireeCard === true),
    settledOutsideFrance(REF),
  ], { ref: REF }),
  documents: ['marriage-certificate', 'spouse-retiree-card', 'previous-titles'],
  channel: 'préfecture',
  durationMonths: 120,
  displaces: ['ceseda-l426-9'],
  confidence: 'M',
  verify: [...DZ_VERIFY, 'afa-7ter-spouse-conditions'],
  sources: [...DZ_SOURCES, 'circulaire NOR INTD0500094C (as reported)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Ten-year Algerian residence certificate "retiree" – spouse of a retiree. */
export const example: CardExample = {
  card: 'afa-7ter-spouse',
  situation: {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, currentTitle: 'none',
    formerResidentLivingAbroad: true, maritalStatus: 'married', spouseHoldsRetireeCard: true, publicOrderConcern: false,
    polygamy: false,
  },
};
