// S-2 · CST "stagiaire" (L426-23). Conditions M (legal reference), number H.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { paramOn } from '../../params';
import { activityIs, visaOrRenewal } from './work-common';
import { healthInsured } from './l422-1-student';

const REF = 'CESEDA L426-23';

export const l426_23: Card = {
  id: 'ceseda-l426-23',
  legalBasis: ['CESEDA L426-23'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('trainee', [
    generalRegime,
    activityIs('internship-in-france', REF, ['internship']),
    // Signed training agreement (convention de stage) with a French host.
    test('internship-agreement', REF, ['hostAgreementSigned'], (s) => s.hostAgreementSigned === true),
    // "Sufficient resources": measured here against the student amount (M, verify).
    test('trainee-resources', REF, ['monthlyResources'], (s, ctx) => Number(s.monthlyResources) >= paramOn('studentMonthlyResources', ctx.asOf), { verify: 'trainee-resources', confidence: 'M' }),
    healthInsured(REF),
    // VLS; the 2013 guide accepted a lawful entry when the internship required it (M).
    visaOrRenewal('other'),
  ], { ref: REF, confidence: 'M' }),
  documents: ['internship-agreement', 'proof-of-resources', 'health-insurance-certificate'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'reduced' },
  durationMonths: 12,
  confidence: 'M',
  sources: ['CESEDA R413-7 and L436-1 lists (doctrine LEGIARTI000042776300)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « stagiaire ». */
export const example: CardExample = {
  card: 'ceseda-l426-23',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'internship', hostAgreementSigned: true,
    monthlyResources: 800, healthInsurance: true, publicOrderConcern: false,
  },
};
