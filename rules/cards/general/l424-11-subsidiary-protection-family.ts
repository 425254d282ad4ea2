// VPF-11 · CSP for the family of a subsidiary-protection beneficiary (L424-11).
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { FAMILY_OF_PROTECTED_DOCUMENTS, childOfProtectedDeadlines, familyOfProtected } from './family-helpers';
import { l424_9 } from './l424-9-subsidiary-protection';

const REF = 'CESEDA L424-11';

export const l424_11: Card = {
  // VPF-11: the beneficiary's own CSP, same title, length, fee and channel (fee exemptions for family members follow
  // the protected person's, M).
  ...l424_9,
  id: 'ceseda-l424-11',
  legalBasis: ['CESEDA L424-11'],
  conditions: all('subsidiary-protection-family-card', [
    protectionRegime,
    familyOfProtected('family-member-of-subsidiary-protection-beneficiary', REF, 'subsidiary-protection'),
  ], { ref: REF }),
  documents: FAMILY_OF_PROTECTED_DOCUMENTS,
  deadlines: childOfProtectedDeadlines,
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
