// CR-5 · Carte de résident for a refugee's family (L424-3): partner through réunification
// familiale (L561-2 to L561-5), spouse married after the claim with 1 year together (no
// lawful-stay condition), child in the year after 18, parent of an unmarried minor refugee.
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all } from '../../logic';
import { FAMILY_OF_PROTECTED_DOCUMENTS, childOfProtectedDeadlines, familyOfProtected } from './family-helpers';
import { l424_1 } from './l424-1-refugee';

const REF = 'CESEDA L424-3';

export const l424_3: Card = {
  // CR-5: the refugee's own carte de résident, same title, length, fee and channel.
  ...l424_1,
  id: 'ceseda-l424-3',
  legalBasis: ['CESEDA L424-3'],
  conditions: all('refugee-family-resident-card', [
    protectionRegime,
    familyOfProtected('family-member-of-refugee', REF, 'refugee'),
  ], { ref: REF }),
  documents: FAMILY_OF_PROTECTED_DOCUMENTS,
  deadlines: childOfProtectedDeadlines,
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
