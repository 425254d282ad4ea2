// DZ-6.6 · Algerian certificat 1 year VPF: born in France (accord art. 6 6)).
import type { Card, CardExample } from '../../card';
import { ageAtLeast, ageOn, algerianRegime, habitualResidenceAtLeast } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 6-6';

export const afa_6_6: Card = {
  ...DZ_COMMON,
  id: 'afa-6-6',
  legalBasis: ['AFA 6-6'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  conditions: all('algerian-born-in-france', [
    algerianRegime,
    test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
    habitualResidenceAtLeast('continuous-residence-8-years', REF, T.dzBornInFranceResidenceYears),
    test('schooled-5-years-after-age-10', REF, ['yearsSchooledInFranceAfter10'], (s) => Number(s.yearsSchooledInFranceAfter10) >= 5),
    // "Entre l'âge de seize ans et l'âge de vingt et un ans": read as until the 22nd birthday (M,
    // the age window comes from service-public copies).
    all('applies-between-16-and-21', [
      ageAtLeast('aged-16-or-more', REF, T.dzBornInFranceMinAge),
      test('aged-21-or-less', REF, ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? 99) <= T.dzBornInFranceMaxAge, { confidence: 'M' }),
    ], { ref: REF }),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-presence-each-year'],
  channel: 'préfecture',
  durationMonths: 12,
  displaces: ['ceseda-l423-13'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – né en France. */
export const example: CardExample = {
  card: 'afa-6-6',
  situation: {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '2008-01-01',
    currentTitle: 'none', habitualResidenceSince: '2012-01-01', maritalStatus: 'single', bornInFrance: true,
    yearsSchooledInFranceAfter10: 6, publicOrderConcern: false, polygamy: false,
  },
};
