// CR-9 · Carte de résident "résident de longue durée-UE" (L426-17; exclusions L426-18).
// "Se voit délivrer", but the L413-7 integration is assessed: never shown as automatic.
// A first issue: B1 + the civic exam (CR version) from 1 Jan 2026 with the X5 exemptions (conditions.ts); refugees and
// subsidiary-protection holders are not exempt for this card (X5, F39530 of 30 Jan 2026; verified 2026-12-03).
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulResidenceAtLeast, residentCardIntegration } from '../../conditions';
import { all, test } from '../../logic';
import { lawfullyResident } from './family-helpers';
import { T } from '../../thresholds';

const REF = 'CESEDA L426-17';

export const l426_17: Card = {
  id: 'ceseda-l426-17',
  legalBasis: ['CESEDA L426-17'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'rld-ue',
  conditions: all('eu-long-term-resident', [
    generalRegime,
    lawfullyResident(REF),
    lawfulResidenceAtLeast('lawful-residence-5-years', REF, T.longLawfulResidenceYears),
    // Continuity: no absence over 6 consecutive months, at most 10 months in all over 5 years.
    test('absences-within-limits', REF, ['absencesWithinLimits'], (s) => s.absencesWithinLimits === true),
    // L426-18: periods under student (in part), trainee, seasonal, posted-worker or retraité titles do not count.
    test('residence-not-only-excluded-titles', 'CESEDA L426-18', ['onlyStudentTitles'], (s) => s.onlyStudentTitles === false, { confidence: 'M' }),
    // Stable and regular resources of at least the SMIC, family benefits excluded.
    test('stable-resources-at-least-smic', REF, ['stableResourcesAtLeastSmic'], (s) => s.stableResourcesAtLeastSmic === true),
    test('health-insurance', REF, ['healthInsurance'], (s) => s.healthInsurance === true),
    residentCardIntegration,
  ], { ref: REF }),
  documents: [
    'previous-titles',
    'list-of-trips-abroad',
    { id: 'pension-award-letters', when: (s) => s.employed === false },
    { id: 'payslips', when: (s) => s.employed === true },
    'tax-notices',
    'health-insurance-certificate',
    'french-language-evidence',
    'civic-exam-certificate',
  ],
  channel: 'préfecture',
  // First resident cards outside family-of-French and protection are not confirmed on ANEF (⚠).
  channelVerify: true,
  // Which rate applies on moving to a resident card is not settled.
  fee: { tax: 'standard', verify: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['french-business-law LEGISCTA000042776916', 'cabinetleloup', 'legal.tricoteuses.fr LEGIARTI000049052366 (L413-7)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Resident card "résident de longue durée-UE" (EU long-term resident). */
export const example: CardExample = {
  card: 'ceseda-l426-17',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1958-01-01',
    currentTitle: 'multi-year-card', lawfulResidenceSince: '2018-01-01', onlyStudentTitles: false,
    absencesWithinLimits: true, maritalStatus: 'single', healthInsurance: true, stableResourcesAtLeastSmic: true,
    civicExamPassed: true, publicOrderConcern: false, polygamy: false,
  },
};
