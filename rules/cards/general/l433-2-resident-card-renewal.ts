// X6 / X2 · Renewal of a carte de résident (L433-2). Verified 2026-12-03 against general-regime.md X2, X5, X6 and F-1.
// "Sous réserve de l'absence de menace grave pour l'ordre public et de l'établissement de sa résidence habituelle en
// France" (since 28 Jan 2024), the resident card is renewed de plein droit: no exam, no language level (X5: renewals
// are never subject to them; F39530), no visa. The public-order point is the default reservation (X2: only a GRAVE
// threat bars it; the tool never decides it). A card held after 3 consecutive years abroad has lapsed (L411-5).
// Every mention is renewed here (family, protection, RLD-UE, L426-1…); refugees of any nationality, Algerians
// included, hold the CESEDA card (DZ-10: "protection law applies to Algerians"). The Algerian 10-year certificat has
// its own renewal card (afa-7bis-renewal); the "retraité" card (L426-8) is not a resident card.
import type { Card, CardExample } from '../../card';
import { protectionRegime } from '../../conditions';
import { all, test } from '../../logic';
import { RESIDENT_CARD_ON_ANEF } from './family-helpers';
import { habitualResidenceAtRenewal } from './multi-year-common';
import { RESIDENT_CARD_HOLDER } from './example-people';

const REF = 'CESEDA L433-2';

export const l433_2: Card = {
  // Renewal of every resident card, all mentions, on ANEF since 4 Jul 2024 (arrêté of 1 Jul 2024; F-1).
  ...RESIDENT_CARD_ON_ANEF,
  id: 'ceseda-l433-2',
  legalBasis: ['CESEDA L433-2'],
  kind: 'plein-droit',
  conditions: all('resident-card-renewal', [
    protectionRegime,
    test('holds-resident-card', REF, ['currentTitle'], (s) => s.currentTitle === 'resident-card-10-years'),
    // L411-5: the card lapses after 3 consecutive years outside France; L433-2 with L433-3-1: habitual residence.
    test('resident-card-not-lapsed', 'CESEDA L411-5', ['timeOutsideFrance'], (s) => s.timeOutsideFrance !== 'over-3-years-in-a-row'),
    habitualResidenceAtRenewal(),
  ], { ref: REF }),
  documents: ['previous-titles'],
  confidence: 'H',
  warnings: (s) => (s.publicOrderConcern === true ? ['resident-card-grave-threat-only'] : []),
  sources: ['legal.tricoteuses.fr LEGIARTI000042776902', 'weka LEGISCTA000042776366 (L433-1 to L433-3)', 'service-public F39530 (30 Jan 2026)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Renewal of the resident card. */
export const example: CardExample = {
  card: 'ceseda-l433-2',
  situation: RESIDENT_CARD_HOLDER,
};
