// DZ-10g · Algerian certificat 10 years: parent of a French child when the 6-4 certificat expires (accord art. 7 bis g)).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all } from '../../logic';
import { holdsAlgerianOneYear, lawfulStay, renewalWindow } from '../bilateral';
import { parentOfFrenchChildDz } from './afa-6-4-parent-of-french-child';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';

const REF = 'AFA 7bis-g';

export const afa_7bis_g: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-g',
  legalBasis: ['AFA 7bis-g'],
  kind: 'plein-droit',
  // "À l'expiration de son certificat de résidence d'un an" issued under 6 4), the 6 4)
  // conditions still being met; lawful stay reservation of the 7 bis opening.
  conditions: all('algerian-parent-of-french-child-10-years', [
    algerianRegime,
    holdsAlgerianOneYear('holds-6-4-certificat', REF, ['parent-of-french-child']),
    parentOfFrenchChildDz,
    lawfulStay(REF),
  ], { ref: REF }),
  documents: ['child-birth-certificate', 'child-french-nationality-proof', 'proof-of-contribution-to-child'],
  channel: 'ANEF',
  displaces: ['ceseda-l423-10'],
  deadlines: (s) => renewalWindow(s, ['algerian-certificate-1-year']),
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – parent d'enfant français. */
export const example: CardExample = {
  card: 'afa-7bis-g',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'parent-of-french-child', maritalStatus: 'single',
    hasFrenchMinorChild: true, frenchChildBirthDate: '2020-01-01', childContribution: 'contributes-now',
    supportsChildSince: '2020-01-01', recognisedChildAfterBirth: false, exercisesParentalAuthority: true,
    publicOrderConcern: false,
  },
};
