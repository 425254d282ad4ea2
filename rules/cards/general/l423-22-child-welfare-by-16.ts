// VPF-6 · CST VPF for a young person entrusted to the ASE or a trusted third person by the 16th
// birthday (L423-22). Plein droit "sous réserve" of points the préfet assesses (the training followed
// seriously, the nature of the ties with the family back home) and the host structure's opinion (a document).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { addYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { eveOf19thBirthday, inYearAfter18OrWorking16 } from './family-helpers';

const REF = 'CESEDA L423-22';

export const l423_22: Card = {
  id: 'ceseda-l423-22',
  legalBasis: ['CESEDA L423-22'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('child-welfare-placement-by-16', [
    generalRegime,
    all('placed-with-child-welfare-by-16', [
      test('placed-with-child-welfare', REF, ['placedWithChildWelfare'], (s) => s.placedWithChildWelfare === true),
      test('placed-on-or-before-16th-birthday', REF, ['childWelfarePlacementDate', 'birthDate'], (s) =>
        (s.childWelfarePlacementDate as IsoDate) <= addYears(s.birthDate as IsoDate, 16)),
    ], { ref: REF }),
    inYearAfter18OrWorking16(REF),
    // No minimum length of training here (unlike L435-3).
    test('training-followed-seriously', REF, ['followsTrainingSeriously'], (s) => s.followsTrainingSeriously === true, { assessedBy: 'prefet' }),
    // The tool cannot grade family ties abroad: always for the préfet.
    test('nature-of-family-ties-abroad', REF, [], () => true, { assessedBy: 'prefet' }),
    // The host structure's opinion is a document the person holds: a fact, met once it is favourable (scenarios
    // README, case-by-case routes: "a host service's favourable opinion … is a fact and can be met"; P12).
    test('host-structure-opinion', REF, ['hostStructureOpinionFavourable'], (s) => s.hostStructureOpinionFavourable === true),
  ], { ref: REF }),
  documents: ['placement-order', 'training-contract-and-reports', 'host-structure-report'],
  channel: 'ANEF',
  // First issue tax-exempt (F-7; no visa de régularisation, L436-4).
  // Whether LF 2026 kept the exempt lists is UNCONFIRMED: fees.ts flags the exemption from 1 May 2026 only
  // (params.ts `exemptTax`), not before.
  fee: { tax: 'exempt-first-issue', regularisationVisaExempt: true },
  durationMonths: 12,
  confidence: 'H',
  deadlines: (s) => (s.placedWithChildWelfare === true ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['weka LEGISCTA000042776595', 'infomie article6830'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – in child welfare by 16. */
export const example: CardExample = {
  card: 'ceseda-l423-22',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-02-01', currentTitle: 'none',
    maritalStatus: 'single', placedWithChildWelfare: true, childWelfarePlacementDate: '2023-09-10',
    followsTrainingSeriously: true, hostStructureOpinionFavourable: true, publicOrderConcern: false, polygamy: false,
  },
};
