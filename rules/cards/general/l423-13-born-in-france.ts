// VPF-8 · CST VPF, born in France (L423-13): 8 years' continuous residence, 5 years of school
// after 10, applying between 16 and 21. L412-1 does not apply (the article says so); CIR-exempt.
import type { Card, CardExample } from '../../card';
import { generalRegime, habitualResidenceAtLeast, ageOn } from '../../conditions';
import { addDays, addYears } from '../../dates';
import { all, any, test } from '../../logic';
import { ageInRange } from './family-helpers';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-13';

export const l423_13: Card = {
  id: 'ceseda-l423-13',
  legalBasis: ['CESEDA L423-13'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('born-in-france-card', [
    generalRegime,
    test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
    // "Y avoir résidé pendant au moins huit ans de façon continue": not "since age 8" (VPF-8), and the text does not
    // ask that the 8 years be the present stay: someone born here who lived here 8 years in a row, left and came
    // back meets it (reading of the text, M; verified 2026-12-03). Residing in France when applying is implied.
    any('resided-8-years-continuously', [
      habitualResidenceAtLeast('present-residence-8-years', REF, T.bornInFranceResidenceYears),
      test('lived-in-france-8-years-in-a-row', REF, ['livedInFrance8YearsInARow'], (s) => s.livedInFrance8YearsInARow === true, { confidence: 'M' }),
    ], { ref: REF }),
    test('five-years-schooling-after-10', REF, ['yearsSchooledInFranceAfter10'], (s) => Number(s.yearsSchooledInFranceAfter10) >= 5),
    ageInRange('aged-16-to-21', REF, T.bornInFranceMinAge, T.bornInFranceAgeBelow),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-habitual-residence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l426-1'],
  confidence: 'H',
  deadlines: (s, ctx) => {
    if (s.bornInFrance !== true || typeof s.birthDate !== 'string' || s.birthDate === 'dont-know' || (ageOn(s, ctx.asOf) ?? 99) >= T.bornInFranceAgeBelow) return [];
    return [{ id: 'apply-before-21st-birthday', date: addDays(addYears(s.birthDate, T.bornInFranceAgeBelow), -1), ref: REF }];
  },
  // Said first: many such people became French at 18 under Code civil 21-7, unless they declined it (21-8).
  warnings: (s) => (s.bornInFrance === true ? ['check-french-nationality-21-7'] : []),
  sources: ['french-business-law "Article L423-13"', 'navy-avocat', 'mcbavocat', 'lexbase R413-7'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – born in France. */
export const example: CardExample = {
  card: 'ceseda-l423-13',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-01-01', currentTitle: 'none',
    habitualResidenceSince: '2012-01-01', maritalStatus: 'single', bornInFrance: true, yearsSchooledInFranceAfter10: 6,
    publicOrderConcern: false, polygamy: false,
  },
};
