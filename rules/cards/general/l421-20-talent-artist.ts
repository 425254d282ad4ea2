// W-6 · CSP "talent – profession artistique et culturelle" (L421-20; number M, legal README ⚠ 6).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-20';

export const l421_20: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-20',
  legalBasis: ['CESEDA L421-20'],
  conditions: talentConditions('talent-artist', REF, [
    // Performer or author, with an artistic activity in France of more than 3 months.
    activityIs('artistic-or-cultural-work', REF, ['artistic-work']),
    // Resources mainly from that activity: checked by the préfecture on the contracts.
    test('resources-mainly-from-artistic-work', REF, ['activity'], (s) => s.activity === 'artistic-work', { assessedBy: 'prefet' }),
  ], { confidence: 'M' }),
  documents: ['proof-of-artistic-activity', 'proof-of-resources'],
  confidence: 'M',
  sources: ['petrel-avocats (L421-20, L421-21)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – profession artistique et culturelle ». */
export const example: CardExample = {
  card: 'ceseda-l421-20',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'artistic-work', publicOrderConcern: false,
  },
};
