// AES-2 · Three years with an OACAS (L435-2): CST VPF (M), discretionary. Article text not seen (M).
import type { Card, CardExample } from '../../card';
import { generalRegime, noValidTitle } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L435-2';

export const l435_2: Card = {
  id: 'ceseda-l435-2',
  legalBasis: ['CESEDA L435-2'],
  regime: 'general',
  kind: 'discretionary',
  title: 'cst',
  conditions: all('oacas-three-years', [
    generalRegime,
    noValidTitle(REF),
    // ≥ 3 years of activity with an approved solidarity organisation (organisme d'accueil communautaire et d'activités solidaires).
    test('three-years-with-oacas', REF, ['oacasThreeYears'], (s) => s.oacasThreeYears === true),
    // The real and serious character of the activity and the prospects of integration: the préfet weighs them.
    test('real-activity-and-integration-prospects', REF, ['oacasThreeYears'], (s) => s.oacasThreeYears === true, { assessedBy: 'prefet' }),
  ], { ref: REF, confidence: 'M' }),
  documents: ['oacas-certificate', 'proof-of-presence-each-year'],
  channel: 'préfecture',
  fee: { tax: 'standard' },
  durationMonths: 12,
  confidence: 'M',
  // X1 does not list L435-2 among the visa waivers, yet it is a regularisation route (AES-2 ⚠): no VLS
  // condition is coded, and the point is flagged.
  verify: ['aes-visa-rule'],
  sources: ['CESEDA L435-2 (text not seen; M)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Admission exceptionnelle au séjour – accueil par un organisme OACAS. */
export const example: CardExample = {
  card: 'ceseda-l435-2',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    maritalStatus: 'single', oacasThreeYears: true, publicOrderConcern: false,
  },
};
