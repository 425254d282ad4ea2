// O-1 · CST "visiteur" (L426-20), 1 year; no work; no multi-year card (L433-5).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { visaOrRenewal } from './work-common';
import { healthInsured } from './l422-1-student';

const REF = 'CESEDA L426-20';

export const l426_20: Card = {
  id: 'ceseda-l426-20',
  legalBasis: ['CESEDA L426-20'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('visitor', [
    generalRegime,
    // Own resources at least the net annual SMIC (the AAH and its supplement do not count).
    test('resources-at-least-smic', REF, ['stableResourcesAtLeastSmic'], (s) => s.stableResourcesAtLeastSmic === true),
    healthInsured(REF),
    // Written undertaking not to work in France.
    test('no-work-in-france', REF, ['employed'], (s) => s.employed === false),
    visaOrRenewal('visitor'),
  ], { ref: REF }),
  documents: ['proof-of-resources', 'health-insurance-certificate', 'undertaking-not-to-work'],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 12,
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771896'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « visiteur ». */
export const example: CardExample = {
  card: 'ceseda-l426-20',
  situation: {
    removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
    currentTitle: 'cst-1-year', currentTitleGround: 'visitor', currentTitleRenewals: 6, maritalStatus: 'single',
    employed: false, healthInsurance: true, stableResourcesAtLeastSmic: true, publicOrderConcern: false,
    polygamy: false,
  },
};
