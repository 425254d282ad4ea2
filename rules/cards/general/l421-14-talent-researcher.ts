// W-6 · CSP "talent – chercheur" (L421-14; replaces "scientifique").
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { RESEARCHER_SILENCE, TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-14';

export const l421_14: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-14',
  legalBasis: ['CESEDA L421-14'],
  conditions: talentConditions('talent-researcher', REF, [
    activityIs('research-activity', REF, ['research']),
    // The hosting agreement (convention d'accueil) signed with an approved research body.
    test('hosting-agreement', REF, ['hostAgreementSigned'], (s) => s.hostAgreementSigned === true),
  ]),
  documents: ['hosting-agreement-research', 'diploma'],
  implicitRefusal: RESEARCHER_SILENCE,
  confidence: 'H',
  sources: ['legal.tricoteuses.fr JORFARTI000051736262', 'terravocats'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – chercheur ». */
export const example: CardExample = {
  card: 'ceseda-l421-14',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'research', hostAgreementSigned: true,
    publicOrderConcern: false,
  },
};
