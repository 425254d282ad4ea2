// W-1 · CSP "salarié" (L433-4): after a first year on a VLS-TS or CST "salarié", and its renewal (X6; verified
// 2026-12-03). The first CSP needs the CIR followed and, from 1 Jan 2026, French A2 (R433-5) and the civic exam, CSP
// version (L413-3; décret 2025-647) — X5. The renewal of the CSP held carries no exam and no language level (X5,
// service-public F39530: "les demandes de renouvellement ne le sont pas"); it needs habitual residence (L433-3-1).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { FIRST_CSP_DOCUMENTS, firstMultiYearOrRenewal, holdsCardOnThisGround } from './multi-year-common';

const REF = 'CESEDA L433-4';
const ACCORD_SALARIE = (s: { nationality?: unknown }) => s.nationality === 'tunisian' || s.nationality === 'moroccan';

export const l433_4_salarie: Card = {
  id: 'ceseda-l433-4-salarie',
  legalBasis: ['CESEDA L433-4'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('multi-year-salarie', [
    generalRegime,
    // Tunisians (accord art. 3) and Moroccans (accord art. 3) hold their "salarié" title under the accord; whether
    // the CESEDA multi-year card is open to them beside it is not established (P16; MA-1; TN-10): never decided here.
    test('open-under-bilateral-accord', 'AFT 11', ['nationality'], (s) => (ACCORD_SALARIE(s) ? 'unknown' : true)),
    holdsCardOnThisGround('employee', REF),
    // L433-4 2° (and L433-1 last paragraph for the renewal): still meets the conditions of the "salarié" card.
    all('still-meets-card-conditions', [
      test('still-employed', REF, ['employed'], (s) => s.employed === true),
    ], { ref: REF }),
    firstMultiYearOrRenewal(REF),
  ], { ref: REF }),
  documents: ['employment-contract', 'payslips', 'previous-titles', ...FIRST_CSP_DOCUMENTS],
  // Salarié renewals stay at the préfecture in many départements (F-2 ⚠).
  channel: 'préfecture',
  channelVerify: true,
  // The point to confirm concerns Tunisians and Moroccans only (not every holder of the card).
  verifyWhen: (s) => (ACCORD_SALARIE(s) ? ['accord-multi-year-salarie'] : []),
  fee: { tax: 'standard' },
  durationMonths: 48,
  leadsTo: ['ceseda-l426-17'],
  confidence: 'H',
  sources: ['legal.tricoteuses.fr LEGIARTI000051908034 (R433-5)', 'service-public F39530', 'avecvous-avocats.fr (8 Jan 2026)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « salarié ». */
export const example: CardExample = {
  card: 'ceseda-l433-4-salarie',
  situation: {
    removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
    currentTitle: 'multi-year-card', currentTitleGround: 'employee', currentTitleExpiry: '2026-12-12',
    timeOutsideFrance: 'under-6-months-a-year', maritalStatus: 'single', employed: true, publicOrderConcern: false,
    polygamy: false,
  },
};
