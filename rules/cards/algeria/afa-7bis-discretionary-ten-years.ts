// DZ-10D · Algerian certificat 10 years, discretionary, after 3 years' uninterrupted residence (accord art. 7 bis, opening paragraphs: "peuvent obtenir").
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all, test } from '../../logic';
import { lawfulResidenceYears, meansAndActivityWeighed } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 7bis';

export const afa_7bis_discretionary: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-discretionary',
  legalBasis: ['AFA 7bis'],
  kind: 'discretionary',
  conditions: all('algerian-ten-years-after-three', [
    algerianRegime,
    // The text names art. 7 holders (visiteur, salarié, regulated activity); service-public
    // extends it to any 1-year certificat holder, including regroupement familial (M).
    test('holds-1-year-certificat', REF, ['currentTitle'], (s) => s.currentTitle === 'algerian-certificate-1-year', { confidence: 'M' }),
    lawfulResidenceYears('uninterrupted-residence-3-years', REF, T.dzTenYearDiscretionaryYears),
    // "En tenant compte des moyens d'existence […] et des conditions de leur activité professionnelle":
    // the préfet weighs them; a steady income helps but is never decisive here.
    meansAndActivityWeighed(REF),
  ], { ref: REF }),
  documents: ['previous-titles', 'tax-notices', { id: 'payslips', when: (s) => s.employed === true }, { id: 'employment-contract', when: (s) => s.employed === true }],
  channel: 'préfecture',
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – après trois ans de résidence. */
export const example: CardExample = {
  card: 'afa-7bis-discretionary',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', lawfulResidenceSince: '2022-01-01', maritalStatus: 'single',
    stableResourcesAtLeastSmic: true, publicOrderConcern: false,
  },
};
