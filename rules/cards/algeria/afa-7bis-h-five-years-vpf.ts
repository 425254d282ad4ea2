// DZ-10h · Algerian certificat 10 years: 1-year VPF certificat + 5 years' lawful, uninterrupted residence (accord art. 7 bis h)).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all } from '../../logic';
import { holdsAlgerianOneYear, lawfulResidenceYears } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES, VPF_GROUNDS } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 7bis-h';

export const afa_7bis_h: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-h',
  legalBasis: ['AFA 7bis-h'],
  kind: 'plein-droit',
  // h) has two limbs: a VPF holder who meets one of a)–g) (those letters are their own cards,
  // so this limb adds nothing), or a VPF holder with 5 years of lawful, uninterrupted residence.
  // Only the second limb is evaluated here.
  conditions: all('algerian-vpf-holder-five-years', [
    algerianRegime,
    holdsAlgerianOneYear('holds-1-year-vpf-certificat', REF, VPF_GROUNDS),
    lawfulResidenceYears('lawful-residence-5-years', REF, T.longLawfulResidenceYears),
  ], { ref: REF }),
  documents: ['previous-titles', 'list-of-trips-abroad'],
  channel: 'préfecture',
  sources: [...DZ_TEN_YEAR_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – cinq ans de résidence régulière. */
export const example: CardExample = {
  card: 'afa-7bis-h',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'family-ties', lawfulResidenceSince: '2020-01-01',
    maritalStatus: 'single', publicOrderConcern: false,
  },
};
