// VPF-10 · CSP "bénéficiaire du statut d'apatride", 4 years (L424-18).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L424-18';

export const l424_18: Card = {
  id: 'ceseda-l424-18',
  legalBasis: ['CESEDA L424-18'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('stateless-card', [
    protectionRegime,
    test('stateless-status-recognised', REF, ['protectionStatus'], (s) => s.protectionStatus === 'stateless'),
  ], { ref: REF }),
  documents: ['ofpra-decision'],
  channel: 'ANEF',
  // First issue tax-exempt (F-7; no visa de régularisation, L436-4).
  // Whether LF 2026 kept the exempt lists is UNCONFIRMED: fees.ts flags the exemption from 1 May 2026 only
  // (params.ts `exemptTax`), not before.
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true },
  durationMonths: 48,
  leadsTo: ['ceseda-l424-21'],
  confidence: 'M',
  sources: ['doctrine LEGIARTI000042776300', 'doctrine LEGIARTI000042776490'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Multi-year card – stateless person. */
export const example: CardExample = {
  card: 'ceseda-l424-18',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    protectionStatus: 'stateless', maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
