// W-6 · CSP "talent (famille)" (L421-22): the spouse of a holder of a talent card or an EU Blue Card,
// aligned on the holder's card. It replaces the family cards of the former "compétences et talents",
// "salarié en mission" and "scientifique" holders (seed row 001-55).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { TALENT_CARD, talentConditions } from './work-common';

const REF = 'CESEDA L421-22';

export const l421_22: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-22',
  legalBasis: ['CESEDA L421-22'],
  conditions: talentConditions('talent-family', REF, [
    test('is-married', REF, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    test('spouse-holds-talent-card', REF, ['partnerHoldsTalentCard'], (s) => s.partnerHoldsTalentCard === true),
  ]),
  documents: ['marriage-certificate', 'sponsor-title', { id: 'long-stay-visa', when: (s) => s.entryVisa === 'long-stay' }],
  // The reference names the article for the families (W-6) but gives no detail of its conditions.
  confidence: 'M',
  sources: ['legal.tricoteuses.fr JORFARTI000051736262', 'terravocats'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent (famille) ». */
export const example: CardExample = {
  card: 'ceseda-l421-22',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'married', partnerHoldsTalentCard: true, publicOrderConcern: false,
    polygamy: false,
  },
};
