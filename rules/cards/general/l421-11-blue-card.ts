// W-6 · CSP "talent – carte bleue européenne" (L421-11, as amended by loi 2025-391 art. 42).
import type { Card, CardExample } from '../../card';
import { test } from '../../logic';
import { paramOn } from '../../params';
import { TALENT_CARD, talentConditions } from './work-common';

const REF = 'CESEDA L421-11';

export const l421_11: Card = {
  ...TALENT_CARD,
  id: 'ceseda-l421-11',
  legalBasis: ['CESEDA L421-11'],
  conditions: talentConditions('eu-blue-card', REF, [
    // A contract of at least 6 months: permanent or ≥ 12 months is enough; a shorter fixed term may or may not be.
    test('contract-at-least-6-months', REF, ['contractType'], (s) => {
      if (s.contractType === 'permanent' || s.contractType === 'fixed-term-12-months-plus') return true;
      if (s.contractType === 'fixed-term-short') return 'unknown';
      return false;
    }),
    test('pay-at-least-blue-card-threshold', REF, ['annualGrossPay'], (s, ctx) => Number(s.annualGrossPay) >= paramOn('blueCardPay', ctx.asOf)),
  ]),
  documents: ['employment-contract', 'diploma'],
  confidence: 'H',
  sources: ['legal.tricoteuses.fr JORFARTI000051736262', 'lemag-juridique (thresholds)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « talent – carte bleue européenne ». */
export const example: CardExample = {
  card: 'ceseda-l421-11',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', contractType: 'fixed-term-12-months-plus', annualGrossPay: 60000,
    publicOrderConcern: false,
  },
};
