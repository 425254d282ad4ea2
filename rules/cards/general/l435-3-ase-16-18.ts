// AES-3 · Young adult placed with the ASE (or a trusted third person) between 16 and 18 (L435-3): CST "salarié"
// or "travailleur temporaire", discretionary; L412-1 does not apply.
import type { Card, CardExample } from '../../card';
import { generalRegime, noValidTitle } from '../../conditions';
import { addYears, fullYearsBetween, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { eveOf19thBirthday } from './family-helpers';

const REF = 'CESEDA L435-3';

export const l435_3: Card = {
  id: 'ceseda-l435-3',
  legalBasis: ['CESEDA L435-3'],
  regime: 'general',
  kind: 'discretionary',
  title: 'cst',
  conditions: all('ase-placement-16-18', [
    generalRegime,
    noValidTitle(REF),
    // Entrusted to the ASE or a tiers digne de confiance (loi 2022-140) between 16 and 18; placed before 16 → L423-22.
    all('placed-between-16-and-18', [
      test('placed-with-child-welfare', REF, ['placedWithChildWelfare'], (s) => s.placedWithChildWelfare === true),
      test('placement-age-16-to-18', REF, ['birthDate', 'childWelfarePlacementDate'], (s) => {
        const age = fullYearsBetween(s.birthDate as IsoDate, s.childWelfarePlacementDate as IsoDate);
        return age >= 16 && age < 18;
      }),
    ], { ref: REF }),
    // Applying in the year after the 18th birthday.
    test('in-year-after-18th-birthday', REF, ['birthDate'], (s, ctx) => {
      const b = s.birthDate as IsoDate;
      return addYears(b, 18) <= ctx.asOf && ctx.asOf < addYears(b, 19);
    }),
    test('six-months-of-training', REF, ['trainingMonths'], (s) => Number(s.trainingMonths) >= 6),
    // Seriousness of the training, ties with the family abroad and the host structure's opinion: the préfet weighs them
    // (CE 10 Oct 2025 n° 493118 upheld a refusal after a failed CAP).
    test('serious-training', REF, ['followsTrainingSeriously'], (s) => s.followsTrainingSeriously === true, { assessedBy: 'prefet' }),
    test('host-structure-opinion', REF, ['hostStructureOpinionFavourable'], (s) => s.hostStructureOpinionFavourable === true, { assessedBy: 'prefet' }),
  ], { ref: REF }),
  documents: ['placement-order', 'training-contract-and-reports', 'host-structure-report'],
  channel: 'préfecture',
  fee: { tax: 'standard' },
  durationMonths: 12,
  confidence: 'H',
  // "In the year after 18" (L435-3; general-regime.md AES-3; F-6, R431-5 2°): the last day is the eve of the
  // 19th birthday, the same bound as the condition above (verified 2026-11-30).
  deadlines: (s) => (s.placedWithChildWelfare === true ? eveOf19thBirthday(s, REF) : []),
  sources: ['doctrine LEGIARTI000042776306', 'infomie.net (29 Feb 2024)', 'conseil-etat.fr n° 493118'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Admission exceptionnelle au séjour – jeune confié à l'ASE entre 16 et 18 ans. */
export const example: CardExample = {
  card: 'ceseda-l435-3',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-03-01', currentTitle: 'none',
    maritalStatus: 'single', placedWithChildWelfare: true, childWelfarePlacementDate: '2024-09-01',
    followsTrainingSeriously: true, trainingMonths: 10, hostStructureOpinionFavourable: true, publicOrderConcern: false,
  },
};
