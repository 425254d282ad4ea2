// DZ-10c · Algerian certificat 10 years: French work-accident / occupational-disease pension (accord art. 7 bis c)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, any, test } from '../../logic';
import { lawfulStay } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';

const REF = 'AFA 7bis-c';

export const afa_7bis_c: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-c',
  legalBasis: ['AFA 7bis-c'],
  kind: 'plein-droit',
  // DZ-10c: either limb of 7 bis c): a French AT/MP pension for an incapacity of at least 20 %, or
  // entitlement to a French AT/MP death pension (survivor). One of the two is enough.
  conditions: all('algerian-work-accident-pension', [
    algerianRegime,
    any('work-accident-or-death-pension', [
      test('work-accident-pension-20-percent', REF, ['workAccidentPension20'], (s) => s.workAccidentPension20 === true),
      test('work-accident-death-pension', REF, ['workAccidentSurvivorPension'], (s) => s.workAccidentSurvivorPension === true),
    ], { ref: REF }),
    lawfulStay(REF),
    // Art. 9 lists 7 bis, 4th paragraph, c) and d): a long-stay visa is needed.
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['work-accident-pension-decision'],
  channel: 'préfecture',
  displaces: ['ceseda-l426-5', 'ceseda-l426-6', 'ceseda-l426-7'],
  sources: [...DZ_TEN_YEAR_SOURCES, 'CAA Nantes 29 Sep 2015 n° 15NT00440 (art. 9 quoted)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – titulaire d'une rente accident du travail. */
export const example: CardExample = {
  card: 'afa-7bis-c',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', entryVisa: 'long-stay', maritalStatus: 'single',
    workAccidentPension20: true, publicOrderConcern: false,
  },
};
