// S-1 · CSP "étudiant" for the rest of the course (L422-1 with L433-4 and L411-4), after a first year on a VLS-TS or CST.
import type { Card, Deadline, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { addDays, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { paramOn } from '../../params';
import { holdsStudentTitle } from './work-common';
import { enrolled, healthInsured, studentResources } from './l422-1-student';

const REF = 'CESEDA L422-1';

/** R431-5: a title on the ANEF list is renewed between the 120th and the 60th day before it expires. */
function renewalWindow(expiry: unknown): { opens: IsoDate; closes: IsoDate } | undefined {
  if (typeof expiry !== 'string' || expiry === 'dont-know') return undefined;
  return { opens: addDays(expiry, -120), closes: addDays(expiry, -60) };
}

export const l422_1_multiYear: Card = {
  id: 'ceseda-l422-1-multi-year',
  legalBasis: ['CESEDA L422-1', 'CESEDA L433-4'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('multi-year-student', [
    generalRegime,
    // L433-4: the multi-year card follows a first year of lawful stay on a VLS-TS or CST; no new visa (L412-1 is for a first card).
    holdsStudentTitle,
    enrolled,
    // "Caractère réel et sérieux des études": shown by results (progress from one year to the next).
    test('studies-progressing', 'CESEDA L433-4', ['studiesProgressing'], (s) => s.studiesProgressing === true),
    studentResources,
    healthInsured(REF),
    // L422-1: work up to 60 % of a full year (params: hours); more puts the student card at risk.
    test('work-within-student-cap', REF, ['annualWorkHours'], (s, ctx) => Number(s.annualWorkHours) <= paramOn('studentWorkHoursCap', ctx.asOf)),
    // No A2 or civic exam: the student card is outside the CIR (L413-5; service-public F39530) — a verify note on the card.
  ], { ref: 'CESEDA L433-4' }),
  documents: ['enrolment-certificate', 'transcript-of-results', 'proof-of-resources', 'health-insurance-certificate', { id: 'long-stay-visa', when: (s) => s.currentTitle === 'vls-ts' }],
  channel: 'ANEF',
  // Reduced rate; whether the card after a VLS-TS counts as a renewal is uncertain (P08: confidence low).
  fee: { tax: 'reduced', verify: true },
  // For the rest of the course (L411-4): no fixed length.
  leadsTo: ['ceseda-l422-10'],
  confidence: 'H',
  verify: ['student-csp-exams-not-required'],
  deadlines: (s) => {
    const w = renewalWindow(s.currentTitleExpiry);
    if (!w) return [];
    const ds: Deadline[] = [
      { id: 'renewal-window-opens', date: w.opens, ref: 'CESEDA R431-5' },
      { id: 'renewal-window-closes', date: w.closes, ref: 'CESEDA R431-5' },
    ];
    return ds;
  },
  warnings: (s, ctx) => {
    const w = renewalWindow(s.currentTitleExpiry);
    if (!w) return [];
    if (ctx.asOf < w.opens) return ['renewal-window-not-open-yet'];
    if (ctx.asOf > w.closes) return ['renewal-window-passed'];
    return [];
  },
  sources: ['ekie.co', 'univ-lorraine.fr', 'service-public F39530', 'legal.tricoteuses.fr LEGIARTI000042776902'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « étudiant ». */
export const example: CardExample = { card: 'ceseda-l422-1-multi-year', asOf: '2026-07-01', persona: 'P08' };

