// VPF-10 · CSP for the family of a stateless person (L424-19).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { eveOf19thBirthday, familyOfProtected } from './family-helpers';

const REF = 'CESEDA L424-19';

export const l424_19: Card = {
  id: 'ceseda-l424-19',
  legalBasis: ['CESEDA L424-19'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('stateless-family-card', [
    protectionRegime,
    familyOfProtected('family-member-of-stateless-person', REF, 'stateless'),
  ], { ref: REF }),
  documents: ['ofpra-decision', 'family-link-to-protected-person'],
  channel: 'ANEF',
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true, verify: true },
  durationMonths: 48,
  leadsTo: ['ceseda-l424-21'],
  confidence: 'M',
  // A child files "dans l'année qui suit son dix-huitième anniversaire": by the eve of the 19th birthday (R431-5; F-6).
  deadlines: (s) => (s.familyOfProtected === 'child-turning-18' ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['doctrine LEGIARTI000042776300', 'doctrine LEGIARTI000042776490'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Multi-year card – family of a stateless person. */
export const example: CardExample = {
  card: 'ceseda-l424-19',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    protectionStatus: 'none', familyOfProtected: 'spouse-by-reunification', protectedRelativeStatus: 'stateless',
    maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
