// CR-10 · Carte de résident permanent (L426-4). Verified 2026-12-03 against general-regime.md CR-10, X5 and X6.
// Issued at the expiry of a resident card on the L426-4 list: a FIRST issue of the permanent card, so the L413-7
// integration applies (B1 + civic exam, CR version, from 1 Jan 2026; mayor's opinion), unlike the plain renewal of
// the resident card (L433-2, no exam). "Peut" at the 1st renewal; de droit from the 2nd (CC 2023-1048 QPC, 4 May
// 2023); automatic over 60 at the renewal of a CR. Public order: L412-5 (default reservation). Coded plein-droit with
// the 1st-renewal case left to the préfet (assessed: never better than possible).
import type { Card, CardExample } from '../../card';
import { generalRegime, residentCardIntegration } from '../../conditions';
import { moreThanYears, type IsoDate } from '../../dates';
import { all, any, test } from '../../logic';
import { habitualResidenceAtRenewal } from './multi-year-common';
import { RESIDENT_CARD_HOLDER } from './example-people';
import { T } from '../../thresholds';

const REF = 'CESEDA L426-4';

export const l426_4: Card = {
  id: 'ceseda-l426-4',
  legalBasis: ['CESEDA L426-4'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr-permanent',
  conditions: all('permanent-resident-card', [
    generalRegime,
    // A resident card on the L426-4 list (nearly every CR: L423-6, L423-10 to L423-12, L423-16,
    // L424-1, L424-3, L424-13, L424-21, L425-3, L426-1 to L426-3, L426-6, L426-7, L426-10, RLD-UE).
    test('holds-resident-card', REF, ['currentTitle'], (s) => s.currentTitle === 'resident-card-10-years'),
    // At the expiry of the CR: the conditions of its renewal (L433-2) hold.
    habitualResidenceAtRenewal(),
    any('renewal-stage', [
      test('second-renewal-or-later', REF, ['residentCardRenewedBefore'], (s) => s.residentCardRenewedBefore === true),
      // "L'étranger âgé de plus de soixante ans": the day after the 60th birthday, read as L413-7's "plus de
      // soixante-cinq ans" is (conditions.ts aged-over-65); on the birthday itself the 1st-renewal branch decides.
      test('aged-over-60', REF, ['birthDate'], (s, ctx) => moreThanYears(s.birthDate as IsoDate, ctx.asOf, T.permanentResidentAge)),
      // 1st renewal: the préfet may refuse even when every condition is met.
      test('first-renewal-prefet-discretion', REF, [], () => true, { assessedBy: 'prefet' }),
    ], { ref: REF }),
    residentCardIntegration,
  ], { ref: REF }),
  documents: ['previous-titles', 'french-language-evidence', 'civic-exam-certificate'],
  channel: 'ANEF',
  // CR renewals are on ANEF since 4 Jul 2024; the permanent card is not named (⚠).
  channelVerify: true,
  fee: { tax: 'standard' },
  confidence: 'H',
  sources: ['doctrine LEGIARTI000042776490', 'CC 2023-1048 QPC', 'legal.tricoteuses.fr LEGIARTI000049052366 (L413-7)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Permanent resident card. */
export const example: CardExample = {
  card: 'ceseda-l426-4',
  situation: RESIDENT_CARD_HOLDER,
};
