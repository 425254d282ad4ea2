// DZ-E4 · Algerian certificat: commerçant, artisan or profession libérale (accord art. 5).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 5';

export const afa_5: Card = {
  ...DZ_COMMON,
  id: 'afa-5',
  legalBasis: ['AFA 5'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // Freedom of establishment: registration in the RCS, the répertoire des métiers or the professional
  // order is the only formality; no viability test (CAA Lyon 9 Dec 2010 n° 09LY02792).
  conditions: all('algerian-self-employed', [
    algerianRegime,
    test('registered-as-trader-craftsman-or-liberal-profession', REF, ['businessRegistered'], (s) => s.businessRegistered === true),
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['business-registration-and-plan', 'long-stay-visa'],
  channel: 'préfecture',
  durationMonths: 12,
  displaces: ['ceseda-l421-5'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'lantheaume-avocat', 'CAA Lyon 9 Dec 2010 n° 09LY02792'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien – commerçant, artisan ou profession libérale. */
export const example: CardExample = {
  card: 'afa-5',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'long-stay', maritalStatus: 'single', businessRegistered: true,
    publicOrderConcern: false,
  },
};
