// CR-8 · Carte de résident for a family member admitted under RF joining a resident-card
// holder, after 3 years of uninterrupted lawful residence (L423-16). L413-7 integration assessed.
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulResidenceAtLeast, residentCardIntegration } from '../../conditions';
import { all, test } from '../../logic';
import { lawfullyResident } from './family-helpers';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-16';

export const l423_16: Card = {
  id: 'ceseda-l423-16',
  legalBasis: ['CESEDA L423-16'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('family-reunification-resident-card', [
    generalRegime,
    test('admitted-through-family-reunification', REF, ['admittedThroughFamilyReunification'], (s) => s.admittedThroughFamilyReunification === true),
    test('sponsor-holds-resident-card', REF, ['sponsorTitle'], (s) => s.sponsorTitle === 'resident-card'),
    lawfullyResident(REF),
    lawfulResidenceAtLeast('lawful-residence-3-years', REF, T.residentCardLawfulYears),
    residentCardIntegration,
  ], { ref: REF }),
  documents: ['family-reunification-authorisation', 'sponsor-title', 'previous-titles', 'french-language-evidence', 'civic-exam-certificate'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'H',
  sources: ['Légifrance LEGIARTI000042776609', 'legal.tricoteuses.fr LEGIARTI000049052366 (L413-7)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Resident card – family (family reunification). */
export const example: CardExample = {
  card: 'ceseda-l423-16',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', lawfulResidenceSince: '2020-01-01', admittedThroughFamilyReunification: true,
    sponsorTitle: 'resident-card', maritalStatus: 'single', frenchLevel: 'b1', civicExamPassed: true,
    publicOrderConcern: false, polygamy: false,
  },
};
