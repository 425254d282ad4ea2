// W-6 · CSP "talent – porteur de projet" (L421-16; R421-35 for investors). Article number M (legal README ⚠ 6).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-16';

export const l421_16: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-16',
  legalBasis: ['CESEDA L421-16'],
  conditions: talentConditions('talent-project', REF, [
    // Business creation, innovative project recognised by a public body, or direct investment (≥ €300,000, R421-35).
    activityIs('business-project-or-investment', REF, ['business-project-or-investment']),
    // Creation: master's-level degree or 5 years' comparable experience; investors need neither, so a "no" stays open.
    test('master-level-degree-or-experience', REF, ['masterLevelDegree'], (s) => (s.masterLevelDegree === true ? true : 'unknown')),
    // "Projet réel et sérieux": the préfet's assessment.
    test('real-and-serious-project', REF, ['activity'], (s) => s.activity === 'business-project-or-investment', { assessedBy: 'prefet' }),
  ], { confidence: 'M' }),
  documents: ['business-registration-and-plan', { id: 'diploma', when: (s) => s.masterLevelDegree === true }],
  confidence: 'M',
  sources: ['french-business-law L421-16', 'juriblio R421-35', 'décret 2025-539'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – porteur de projet ». */
export const example: CardExample = {
  card: 'ceseda-l421-16',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'business-project-or-investment',
    masterLevelDegree: true, publicOrderConcern: false,
  },
};
