// W-6 · CSP "talent – salarié qualifié" (L421-9; loi 2024-42 renamed "passeport talent"), up to 4 years.
import type { Card, CardExample } from '../../card';
import { any, test } from '../../logic';
import { paramOn } from '../../params';
import { TALENT_CARD, activityIs, talentConditions } from './work-common';

const REF = 'CESEDA L421-9';

export const l421_9: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-9',
  legalBasis: ['CESEDA L421-9'],
  conditions: talentConditions('talent-qualified-employee', REF, [
    // Merges "salarié qualifié", "jeune entreprise innovante" and "salarié en mission".
    any('degree-innovative-company-or-group-mission', [
      test('master-level-degree', REF, ['masterLevelDegree'], (s) => s.masterLevelDegree === true),
      activityIs('innovative-company-job', REF, ['innovative-company-job']),
      // Intra-group mission after ≥ 3 months' seniority (checked on the group's certificate).
      activityIs('intra-group-mission', REF, ['intra-group-transfer']),
    ], { ref: REF }),
    test('has-employment-contract', REF, ['contractType'], (s) => s.contractType !== undefined && s.contractType !== 'none'),
    // Gross yearly pay ≥ the threshold of the arrêté of 21 Aug 2025 (params).
    test('pay-at-least-talent-threshold', REF, ['annualGrossPay'], (s, ctx) => Number(s.annualGrossPay) >= paramOn('talentQualifiedPay', ctx.asOf)),
  ]),
  documents: ['employment-contract', { id: 'diploma', when: (s) => s.masterLevelDegree === true }],
  confidence: 'H',
  sources: ['legal.tricoteuses.fr JORFARTI000051736262', 'lemag-juridique (thresholds)', 'terravocats'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – salarié qualifié ». */
export const example: CardExample = {
  card: 'ceseda-l421-9',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', contractType: 'permanent', annualGrossPay: 45000,
    masterLevelDegree: true, publicOrderConcern: false,
  },
};
