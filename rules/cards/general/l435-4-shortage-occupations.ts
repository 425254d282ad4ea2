// AES-4 · CST "salarié" / "travailleur temporaire" for work in a shortage occupation (L435-4; loi 2024-42 art. 27).
// Experimental "jusqu'au 31 décembre 2026": validUntil comes from params, evaluate.ts closes the route after it.
import type { Card, CardExample } from '../../card';
import { generalRegime, habitualResidenceAtLeast, noValidTitle } from '../../conditions';
import { all, any, test } from '../../logic';
import { DATES } from '../../params';
import { salariedRouteOpenToNationality } from '../bilateral';
import { T } from '../../thresholds';

const REF = 'CESEDA L435-4';
const ENDS = DATES.shortageOccupationsRouteEnds;

export const l435_4: Card = {
  id: 'ceseda-l435-4',
  legalBasis: ['CESEDA L435-4'],
  regime: 'general',
  // "Les conditions … ne confèrent pas un droit": discretionary, and the employer need not make or back the request.
  kind: 'discretionary',
  title: 'cst',
  conditions: all('shortage-occupation-work', [
    // Not for Algerians (the accord's art. 7 b) governs their salaried admission): the regime gate.
    generalRegime,
    noValidTitle(REF),
    // TN-11, MA-4 (corrected 2026-12-03): the Tunisian and Moroccan accords govern salaried work; closed to them, with a verify note.
    salariedRouteOpenToNationality(REF),
    // Asked first: someone without a job now cannot use this route, whatever their past work.
    test('currently-employed', REF, ['employed'], (s) => s.employed === true),
    // ≥ 12 months of salaried work, at least half-time each month (M), in a listed occupation (L414-13; arrêté 21 May 2025).
    test('twelve-months-in-shortage-occupation', REF, ['shortageJobMonthsLast24'], (s) => Number(s.shortageJobMonthsLast24) >= 12),
    test('current-job-on-shortage-list', REF, ['currentJobOnShortageList'], (s) => s.currentJobOnShortageList === true, { verify: 'shortage-list-update' }),
    habitualResidenceAtLeast('three-years-uninterrupted-residence', REF, T.shortageOccupationResidenceYears),
    // AES-4 (verified 2026-12-03): time as a seasonal worker, a student or an asylum seeker, and self-employment, do not
    // count toward the 3 years (they do not break the residence either). With none, the 3 years above suffice; with
    // some, the years outside them decide: derived from the dated residence history (residence-periods.ts) when
    // given, asked otherwise. Never left open once answered, never "no" on an unknown.
    any('three-years-without-excluded-periods', [
      test('no-excluded-periods', REF, ['excludedWorkPeriods'], (s) => s.excludedWorkPeriods === false),
      test('three-years-outside-excluded-periods', REF, ['countableResidenceYears'], (s) => Number(s.countableResidenceYears) >= T.shortageOccupationResidenceYears),
    ], { ref: REF }),
    // Integration and respect of the principles of the Republic: weighed by the préfet.
    test('integration-and-republican-values', REF, [], () => true, { assessedBy: 'prefet' }),
  ], { ref: REF }),
  documents: [
    'aes-request-form',
    'payslips',
    'employment-contract',
    'employer-certificate',
    'proof-of-presence-each-year',
    'french-language-evidence',
  ],
  channel: 'préfecture',
  fee: { tax: 'standard' },
  durationMonths: 12,
  validUntil: ENDS,
  confidence: 'H',
  // No extension found (legal README ⚠ 1): the end date is a point to re-check. The long-stay visa: X1 does not
  // list L435-4 among the waivers ("Visa: as AES-2 ⚠"); no VLS condition is coded, and the point is flagged.
  verify: ['check-extension', 'aes-visa-rule'],
  deadlines: (_s, ctx) => (ctx.asOf <= ENDS ? [{ id: 'l435-4-route-ends', date: ENDS, ref: 'loi 2024-42 art. 27', verify: true }] : []),
  warnings: (_s, ctx) => (ctx.asOf <= ENDS ? ['file-before-route-ends'] : []),
  sources: ['questions.assemblee-nationale.fr QANR5L17QE6781', 'federationsolidarite.org', 'efl.fr'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Admission exceptionnelle au séjour – métiers en tension. */
export const example: CardExample = {
  card: 'ceseda-l435-4',
  situation: {
    residencePeriods: [{ from: '2015-09-01', to: '2018-06-30', kind: 'student-title' }, { from: '2018-07-01', to: '2022-03-31', kind: 'abroad' }, { from: '2022-04-01', kind: 'no-title' }],
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-02-02', currentTitle: 'none',
    entryDate: '2022-04-01', entryVisa: 'short-stay', maritalStatus: 'single', employed: true,
    shortageJobMonthsLast24: 20, currentJobOnShortageList: true, publicOrderConcern: false, polygamy: false,
  },
};
