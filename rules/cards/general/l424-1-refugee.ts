// CR-5 · Carte de résident, refugee (L424-1). Plein droit; no visa; not in L413-7 (no B1,
// civic exam or mayor's opinion). A public-order threat blocks a first CR (L412-5).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L424-1';

export const l424_1: Card = {
  id: 'ceseda-l424-1',
  legalBasis: ['CESEDA L424-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('refugee-resident-card', [
    protectionRegime,
    test('refugee-status-recognised', REF, ['protectionStatus'], (s) => s.protectionStatus === 'refugee'),
  ], { ref: REF }),
  documents: ['ofpra-decision'],
  channel: 'ANEF',
  // First issue tax-exempt (F-7; no visa de régularisation, L436-4).
  // Whether LF 2026 kept the exempt lists is UNCONFIRMED: fees.ts flags the exemption from 1 May 2026 only
  // (params.ts `exemptTax`), not before.
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['Légifrance LEGIARTI000042776581', 'french-business-law "Article L424-3"'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – refugee. */
export const example: CardExample = {
  card: 'ceseda-l424-1',
  situation: {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, currentTitle: 'none',
    protectionStatus: 'refugee', maritalStatus: 'single', publicOrderConcern: false,
  },
};
