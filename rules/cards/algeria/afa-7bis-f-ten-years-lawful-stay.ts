// DZ-10f · Algerian certificat 10 years: more than 10 years of lawful stay (accord art. 7 bis f)).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { moreThanYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { lawfulStay } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 7bis-f';

export const afa_7bis_f: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-f',
  legalBasis: ['AFA 7bis-f'],
  kind: 'plein-droit',
  conditions: all('algerian-ten-years-lawful-stay', [
    algerianRegime,
    // A regular situation for more than 10 years, up to now: an irregular stay never counts.
    all('lawful-residence-more-than-10-years', [
      lawfulStay(REF),
      test('lawful-residence-since-more-than-10-years', REF, ['lawfulResidenceSince'], (s, ctx) => moreThanYears(s.lawfulResidenceSince as IsoDate, ctx.asOf, T.dzLawfulStayYears)),
    ], { ref: REF }),
    // "Sauf s'il a été, pendant toute cette période, titulaire d'un certificat de résidence portant la mention étudiant."
    test('not-only-student-certificats', REF, ['onlyStudentTitles'], (s) => s.onlyStudentTitles === false),
  ], { ref: REF }),
  documents: ['previous-titles'],
  channel: 'préfecture',
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – séjour régulier de plus de dix ans. */
export const example: CardExample = {
  card: 'afa-7bis-f',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', lawfulResidenceSince: '2015-01-01', onlyStudentTitles: false,
    maritalStatus: 'single', publicOrderConcern: false,
  },
};
