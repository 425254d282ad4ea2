// VPF-10 · CSP for the family of a stateless person (L424-19).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { FAMILY_OF_PROTECTED_DOCUMENTS, childOfProtectedDeadlines, familyOfProtected } from './family-helpers';
import { l424_18 } from './l424-18-stateless';

const REF = 'CESEDA L424-19';

export const l424_19: Card = {
  // VPF-10: the stateless person's own CSP, same title, length, fee and channel.
  ...l424_18,
  id: 'ceseda-l424-19',
  legalBasis: ['CESEDA L424-19'],
  conditions: all('stateless-family-card', [
    protectionRegime,
    familyOfProtected('family-member-of-stateless-person', REF, 'stateless'),
  ], { ref: REF }),
  documents: FAMILY_OF_PROTECTED_DOCUMENTS,
  deadlines: childOfProtectedDeadlines,
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
