// W-1 · CSP "salarié" (L433-4): after a first year on a VLS-TS or CST "salarié". From 1 Jan 2026 the first
// CSP also needs French A2 (R433-5) and the civic exam, CSP version (L413-3; décret 2025-647) — X5.
import type { Card } from '../../card';
import { ageOn, generalRegime, lawfulResidenceAtLeast } from '../../conditions';
import { all, any, test } from '../../logic';
import { DATES } from '../../params';
import { VERIFIED_ON } from './work-common';

const REF = 'CESEDA L433-4';
const examsApply = (asOf: string) => asOf >= DATES.integrationExamsFrom;

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
    test('open-under-bilateral-accord', 'AFT 11', ['nationality'], (s) => (s.nationality === 'tunisian' || s.nationality === 'moroccan' ? 'unknown' : true), { verify: 'accord-multi-year-salarie' }),
    all('holds-salarie-title', [
      test('holds-vls-ts-or-cst', REF, ['currentTitle'], (s) => s.currentTitle === 'vls-ts' || s.currentTitle === 'cst-1-year'),
      test('current-title-salarie', REF, ['currentTitleGround'], (s) => s.currentTitleGround === 'employee'),
    ], { ref: REF }),
    // "À l'issue d'une première année de séjour régulier".
    lawfulResidenceAtLeast('one-year-lawful-stay', REF, 1),
    // L433-4 2°: still meets the conditions of the CST "salarié" held.
    test('still-employed', REF, ['employed'], (s) => s.employed === true),
    // L433-4 1°: followed the training of the contrat d'intégration républicaine with assiduity.
    test('cir-followed', REF, ['cirFollowed'], (s) => s.cirFollowed === true),
    test('french-level-a2', 'CESEDA R433-5', ['frenchLevel'], (s, ctx) =>
      !examsApply(ctx.asOf) || ['a2', 'b1', 'b2-or-more'].includes(String(s.frenchLevel))),
    // Service-public F39530 exempts people over 65 from the CSP civic exam (M).
    any('civic-exam-csp', [
      test('civic-exam-passed', 'CESEDA L413-3', ['civicExamPassed'], (s, ctx) => !examsApply(ctx.asOf) || s.civicExamPassed === true),
      test('aged-65-or-more', 'CESEDA L413-3', ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? 0) >= 65, { confidence: 'M' }),
    ], { ref: 'CESEDA L413-3' }),
  ], { ref: REF }),
  documents: ['employment-contract', 'payslips', 'cir-attendance-certificate', 'french-language-evidence', 'civic-exam-certificate'],
  // Salarié renewals stay at the préfecture in many départements (F-2 ⚠).
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 48,
  verifiedOn: VERIFIED_ON,
  confidence: 'H',
  sources: ['legal.tricoteuses.fr LEGIARTI000051908034 (R433-5)', 'service-public F39530', 'avecvous-avocats.fr (8 Jan 2026)'],
};
