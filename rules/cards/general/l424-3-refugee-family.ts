// CR-5 · Carte de résident for a refugee's family (L424-3): partner through réunification
// familiale (L561-2 to L561-5), spouse married after the claim with 1 year together (no
// lawful-stay condition), child in the year after 18, parent of an unmarried minor refugee.
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { eveOf19thBirthday, familyOfProtected } from './family-helpers';

const REF = 'CESEDA L424-3';

export const l424_3: Card = {
  id: 'ceseda-l424-3',
  legalBasis: ['CESEDA L424-3'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('refugee-family-resident-card', [
    protectionRegime,
    familyOfProtected('family-member-of-refugee', REF, 'refugee'),
  ], { ref: REF }),
  documents: ['ofpra-decision', 'family-link-to-protected-person'],
  channel: 'ANEF',
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true, verify: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  // A child files "dans l'année qui suit son dix-huitième anniversaire": by the eve of the 19th birthday (R431-5; F-6).
  deadlines: (s) => (s.familyOfProtected === 'child-turning-18' ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['french-business-law "Article L424-3"', 'Légifrance LEGIARTI000042776581'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – family of a refugee. */
export const example: CardExample = {
  card: 'ceseda-l424-3',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    protectionStatus: 'none', familyOfProtected: 'spouse-by-reunification', protectedRelativeStatus: 'refugee',
    maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
