// VPF-5 · CST VPF for a young person living in France with a parent since age 13 at the latest
// (L423-21). The parent's own status is not a condition. L412-1 does not apply.
import type { Card, CardExample } from '../../card';
import { generalRegime, livingInFranceSinceAgeAtMost } from '../../conditions';
import { all, test } from '../../logic';
import { eveOf19thBirthday, inYearAfter18OrWorking16 } from './family-helpers';

const REF = 'CESEDA L423-21';

export const l423_21: Card = {
  id: 'ceseda-l423-21',
  legalBasis: ['CESEDA L423-21'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('arrived-by-13-with-parent', [
    generalRegime,
    // Habitual residence since age 13 at the latest (VPF-5); the year after the 13th birthday is left open (conditions.ts).
    livingInFranceSinceAgeAtMost('habitual-residence-since-age-13', REF, 13),
    // With at least one legal parent (adoption included).
    test('lived-with-parent', REF, ['livedWithParentSinceArrival'], (s) => s.livedWithParentSinceArrival === true),
    inYearAfter18OrWorking16(REF),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-living-with-parent'],
  channel: 'préfecture',
  // ANEF not confirmed for this ground (F-1 ⚠).
  channelVerify: true,
  // L423-21 is not on the L436-4 list: the visa de régularisation is probably due (M).
  fee: { tax: 'standard', verify: true },
  durationMonths: 12,
  confidence: 'H',
  deadlines: (s) => (s.livedWithParentSinceArrival === true ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['replick L423-21', 'doctrine LEGIARTI000042806998 (R431-5)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – arrived by age 13. */
export const example: CardExample = {
  card: 'ceseda-l423-21',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-03-10', currentTitle: 'none',
    habitualResidenceSince: '2019-08-15', maritalStatus: 'single', livedWithParentSinceArrival: true,
    publicOrderConcern: false, polygamy: false,
  },
};
