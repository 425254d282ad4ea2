// S-1 · CST "étudiant" (L422-1), 1 year: a first student card, or a new 1-year card when the
// multi-year card cannot follow (L433-4 needs real progress in the studies).
import type { ArticleRef } from '../../references';
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, any, not, test } from '../../logic';
import { paramOn } from '../../params';
import { holdsStudentTitle, visaOrRenewal } from './work-common';

const REF = 'CESEDA L422-1';

export const enrolled = test('enrolled-in-higher-education', REF, ['enrolledHigherEducation'], (s) => s.enrolledHigherEducation === true);
/** "Moyens d'existence suffisants": the monthly amount of params (revised yearly, ⚠). */
export const studentResources = test('student-resources', REF, ['monthlyResources'], (s, ctx) => Number(s.monthlyResources) >= paramOn('studentMonthlyResources', ctx.asOf));
export const healthInsured = (ref: ArticleRef) => test('health-insurance', ref, ['healthInsurance'], (s) => s.healthInsurance === true);

export const l422_1: Card = {
  id: 'ceseda-l422-1',
  legalBasis: ['CESEDA L422-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('student', [
    generalRegime,
    // A student VLS-TS holder moves to the multi-year card, not to a new 1-year card: the 1-year card is the
    // first card, or a renewal when the studies did not progress (the préfet then weighs the file).
    any('first-student-card-or-one-year-renewal', [
      not('first-student-card', holdsStudentTitle, { ref: REF }),
      test('studies-not-progressing-renewal', 'CESEDA L433-4', ['studiesProgressing'], (s) => s.studiesProgressing === false, { assessedBy: 'prefet' }),
    ], { ref: REF }),
    // L412-1; the L422-2 exceptions (entrance-exam visa, schooled in France since 16) are not modelled (verify).
    visaOrRenewal('student'),
    enrolled,
    studentResources,
    healthInsured(REF),
  ], { ref: REF }),
  documents: ['enrolment-certificate', 'proof-of-resources', 'health-insurance-certificate', { id: 'long-stay-visa', when: (s) => s.entryVisa === 'long-stay' }],
  channel: 'ANEF',
  fee: { tax: 'reduced' },
  durationMonths: 12,
  leadsTo: ['ceseda-l422-1-multi-year'],
  confidence: 'H',
  verify: ['student-visa-exceptions'],
  sources: ['ekie.co', 'univ-lorraine.fr'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « étudiant ». */
export const example: CardExample = {
  card: 'ceseda-l422-1',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', longStayVisaPurpose: 'student', maritalStatus: 'single', enrolledHigherEducation: true,
    monthlyResources: 700, healthInsurance: true, publicOrderConcern: false,
  },
};
