// W-4 · CSP "travailleur saisonnier" (L421-34), up to 3 years.
import type { Card, CardExample } from '../../card';
import { generalRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { activityIs, workAuthorisationGranted } from './work-common';

const REF = 'CESEDA L421-34';

export const l421_34: Card = {
  id: 'ceseda-l421-34',
  legalBasis: ['CESEDA L421-34'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('seasonal-worker', [
    generalRegime,
    // Seasonal work within Code du travail L1242-2 3°.
    activityIs('seasonal-job', REF, ['seasonal-job']),
    // Habitual residence outside France and at most 6 months a year here.
    test('main-home-abroad', REF, ['mainHomeAbroad'], (s) => s.mainHomeAbroad === true),
    // The authorisation covers a first contract of at least 3 months.
    workAuthorisationGranted(REF),
    // Applied for from abroad with a VLS "saisonnier"; the card then covers each season.
    longStayVisa(),
  ], { ref: REF }),
  documents: ['work-authorisation', 'employment-contract', 'proof-of-home-abroad'],
  channel: 'ANEF',
  fee: { tax: 'reduced' },
  durationMonths: 36,
  confidence: 'H',
  sources: ['french-business-law L421-34'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « travailleur saisonnier ». */
export const example: CardExample = {
  card: 'ceseda-l421-34',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'moroccan', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'vls-ts', entryVisa: 'long-stay', longStayVisaPurpose: 'employee', mainHomeAbroad: true,
    maritalStatus: 'single', employed: true, activity: 'seasonal-job', workAuthorisation: true,
    contractType: 'fixed-term-short', publicOrderConcern: false,
  },
};
