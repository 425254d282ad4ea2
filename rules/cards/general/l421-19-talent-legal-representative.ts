// W-6 · CSP "talent" – legal representative of a group establishment (L421-19; number M, legal README ⚠ 6).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-19';

export const l421_19: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-19',
  legalBasis: ['CESEDA L421-19'],
  conditions: talentConditions('talent-legal-representative', REF, [
    // Employee or corporate officer of the same group, appointed legal representative of its French establishment.
    activityIs('group-legal-representative', REF, ['group-legal-representative']),
    // Salary threshold set by decree; the amount was not found in the reference, so the tool cannot check it.
    test('pay-at-least-decree-threshold', REF, ['annualGrossPay'], () => 'unknown', { verify: 'talent-legal-representative-pay' }),
  ], { confidence: 'M' }),
  documents: ['employment-contract'],
  confidence: 'M',
  sources: ['french-business-law L421-19'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – mandataire social ». */
export const example: CardExample = {
  card: 'ceseda-l421-19',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'group-legal-representative', annualGrossPay: 90000,
    publicOrderConcern: false,
  },
};
