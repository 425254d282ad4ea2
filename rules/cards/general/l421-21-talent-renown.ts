// W-6 · CSP "talent – renommée nationale ou internationale" (L421-21; number M, legal README ⚠ 6).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-21';

export const l421_21: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-21',
  legalBasis: ['CESEDA L421-21'],
  conditions: talentConditions('talent-renown', REF, [
    activityIs('activity-in-field-of-renown', REF, ['renown']),
    // Established renown in a scientific, literary, artistic, intellectual, educational or sporting field: the préfet judges it.
    test('established-renown', REF, ['activity'], (s) => s.activity === 'renown', { assessedBy: 'prefet' }),
  ], { confidence: 'M' }),
  documents: ['proof-of-renown'],
  confidence: 'M',
  sources: ['petrel-avocats (L421-20, L421-21)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – renommée nationale ou internationale ». */
export const example: CardExample = {
  card: 'ceseda-l421-21',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'renown', publicOrderConcern: false,
  },
};
