// VPF-11 · CSP for the family of a subsidiary-protection beneficiary (L424-11).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { eveOf19thBirthday, familyOfProtected } from './family-helpers';

const REF = 'CESEDA L424-11';

export const l424_11: Card = {
  id: 'ceseda-l424-11',
  legalBasis: ['CESEDA L424-11'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('subsidiary-protection-family-card', [
    protectionRegime,
    familyOfProtected('family-member-of-subsidiary-protection-beneficiary', REF, 'subsidiary-protection'),
  ], { ref: REF }),
  documents: ['ofpra-decision', 'family-link-to-protected-person'],
  channel: 'ANEF',
  // Exemptions for family members follow the protected person's (M).
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true, verify: true },
  durationMonths: 48,
  confidence: 'H',
  // A child files "dans l'année qui suit son dix-huitième anniversaire": by the eve of the 19th birthday (R431-5; F-6).
  deadlines: (s) => (s.familyOfProtected === 'child-turning-18' ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['legal.tricoteuses.fr JORFARTI000042755718', 'service-public F2689'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Multi-year card – family of a subsidiary-protection beneficiary. */
export const example: CardExample = {
  card: 'ceseda-l424-11',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-01-15', currentTitle: 'none',
    familyOfProtected: 'child-turning-18', protectedRelativeStatus: 'subsidiary-protection', maritalStatus: 'single',
    publicOrderConcern: false, polygamy: false,
  },
};
