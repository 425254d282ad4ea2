// CR-12 · Carte de résident for a person who meets the Code civil 21-7 conditions (L426-1, old L314-12).
// Corrected 2026-12-03: 21-7 is assessed on the 18th birthday — born in France, living in France that day, with
// 5 years of habitual residence (continuous or not) since age 11. Residence after 18 never counts. Such a person
// is normally French from 18 unless they declined it (21-8): the card says so first. No visa de régularisation (L436-4).
import type { Card, CardExample } from '../../card';
import { ageOn, generalRegime } from '../../conditions';
import { addYears, type IsoDate } from '../../dates';
import { all, any, test } from '../../logic';
import { ageInRange, eveOf19thBirthday } from './family-helpers';

const REF = 'CESEDA L426-1';
const CC = 'Code civil 21-7';

const eighteenth = (s: { birthDate?: unknown }) => addYears(s.birthDate as IsoDate, 18);

export const l426_1: Card = {
  id: 'ceseda-l426-1',
  legalBasis: ['CESEDA L426-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('code-civil-21-7-conditions', [
    generalRegime,
    test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
    // F-6 (R431-5 2°): L426-1 is filed by the eve of the 19th birthday, as L423-21 (filing-fees-remedies.md F-6, H).
    // Before 18 the 21-7 conditions are not assessed yet. Reading the deadline as a bar follows issue 12 item 2 (M).
    ageInRange('aged-18-before-19th-birthday', 'CESEDA R431-5', 18, 19),
    // Code civil 21-7, at the date of majority: living in France then, and 5 years of habitual residence since 11.
    any('resided-in-france-at-18-five-years-since-11', [
      // A residence begun by the 13th birthday and unbroken since covers both, once the person is 18.
      test('continuous-residence-since-age-13', CC, ['habitualResidenceSince', 'birthDate'], (s, ctx) =>
        (s.habitualResidenceSince as IsoDate) <= addYears(s.birthDate as IsoDate, 13) && eighteenth(s) <= ctx.asOf),
      // Otherwise: in France on the 18th birthday, and 5 years (continuous or not) between 11 and 18. Years after 18
      // never count, so someone who came back as an adult does not meet it, whatever their years here since.
      all('residence-at-18-and-five-years-since-11', [
        any('in-france-on-18th-birthday', [
          test('residence-began-by-18th-birthday', CC, ['habitualResidenceSince', 'birthDate'], (s, ctx) =>
            (s.habitualResidenceSince as IsoDate) <= eighteenth(s) && eighteenth(s) <= ctx.asOf),
          test('lived-in-france-at-18', CC, ['livedInFranceAt18'], (s) => s.livedInFranceAt18 === true),
        ], { ref: CC }),
        test('five-years-in-france-from-11-to-18', CC, ['yearsInFranceFrom11To18'], (s) => Number(s.yearsInFranceFrom11To18) >= 5),
      ], { ref: CC }),
    ], { ref: CC }),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-habitual-residence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard', regularisationVisaExempt: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'M',
  // R431-5 (F-6): a young person files in the year after the 18th birthday, by the eve of the 19th. Shown while it is ahead.
  deadlines: (s, ctx) => (s.bornInFrance === true && (ageOn(s, ctx.asOf) ?? 99) < 19 ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  // Said first: someone who meets 21-7 became French at 18 (21-7), unless they declined it within the 6 months before
  // and the 12 months after their 18th birthday (21-8). Check nationality before asking for any card.
  warnings: (s) => (s.bornInFrance === true ? ['check-french-nationality-21-7'] : []),
  sources: ['doctrine LEGIARTI000042776490', 'juriblio L436-4', 'kohenavocats "Article 21-7"', 'doctrine LEGIARTI000042806998 (R431-5)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – born in France (Civil Code art. 21-7). */
export const example: CardExample = {
  card: 'ceseda-l426-1',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-03-01', currentTitle: 'none',
    habitualResidenceSince: '2008-03-01', maritalStatus: 'single', bornInFrance: true, publicOrderConcern: false,
    polygamy: false,
  },
};
