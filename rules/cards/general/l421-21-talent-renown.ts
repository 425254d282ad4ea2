// W-6 · CSP "talent – renommée nationale ou internationale" (L421-21; number M, legal README ⚠ 6).
import type { Card } from '../../card';
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
