// VPF-11 · CSP "bénéficiaire de la protection subsidiaire", up to 4 years (L424-9).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L424-9';

export const l424_9: Card = {
  id: 'ceseda-l424-9',
  legalBasis: ['CESEDA L424-9'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('subsidiary-protection-card', [
    protectionRegime,
    test('subsidiary-protection-granted', REF, ['protectionStatus'], (s) => s.protectionStatus === 'subsidiary-protection'),
  ], { ref: REF }),
  documents: ['ofpra-decision'],
  channel: 'ANEF',
  // First issue tax-exempt (F-7; no visa de régularisation, L436-4).
  // Whether LF 2026 kept the exempt lists is UNCONFIRMED: fees.ts flags the exemption from 1 May 2026 only
  // (params.ts `exemptTax`), not before.
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true },
  durationMonths: 48,
  confidence: 'H',
  sources: ['legal.tricoteuses.fr JORFARTI000042755718', 'service-public F2689'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Multi-year card – subsidiary protection. */
export const example: CardExample = {
  card: 'ceseda-l424-9',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    protectionStatus: 'subsidiary-protection', maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
