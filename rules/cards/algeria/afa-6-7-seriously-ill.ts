// DZ-6.7 · Algerian certificat 1 year VPF: seriously ill (accord art. 6 7)), OFII medical procedure.
import type { Card, CardExample } from '../../card';
import { algerianRegime, ofiiCollege } from '../../conditions';
import { atLeastYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 6-7';

export const afa_6_7: Card = {
  ...DZ_COMMON,
  id: 'afa-6-7',
  legalBasis: ['AFA 6-7'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  conditions: all('algerian-seriously-ill', [
    algerianRegime,
    test('own-health-requires-care', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true),
    // The accord sets no minimum length of habitual residence; courts read it flexibly (CAA Lyon
    // 9 Dec 2008 n° 06LY01344). ≥ 1 year is only a practical benchmark: below it, the préfet judges.
    test('habitually-resident-in-france', REF, ['habitualResidenceSince'], (s, ctx) =>
      atLeastYears(s.habitualResidenceSince as IsoDate, ctx.asOf, 1) ? true : 'unknown'),
    // The two medical conditions are for the OFII college of doctors (R425-11 to R425-13 apply, F-3).
    test('exceptionally-serious-consequences', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true, ofiiCollege),
    test('no-effective-access-to-treatment-in-algeria', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true, ofiiCollege),
  ], { ref: REF }),
  documents: ['proof-of-habitual-residence', 'ofii-medical-certificate'],
  channel: 'OFII medical procedure (then préfecture)',
  // Asked once the rest is settled: a reported OFII opinion settles the two medical points.
  infoNeeds: ['ofiiOpinion'],
  durationMonths: 12,
  displaces: ['ceseda-l425-9'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'alwihdainfo.com (Me Megherbi, 9 Mar 2018, art. 6 7) quoted)', 'bas-rhin.gouv.fr (2023)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – étranger malade. */
export const example: CardExample = {
  card: 'afa-6-7',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', habitualResidenceSince: '2024-01-01', maritalStatus: 'single', ownSeriousIllness: true,
    publicOrderConcern: false,
  },
};
