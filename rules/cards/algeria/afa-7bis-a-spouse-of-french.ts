// DZ-10a · Algerian certificat 10 years: spouse of a French national married for at least 1 year (accord art. 7 bis a)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, lawfulEntry, livingTogether, marriageTranscribedIfAbroad, marriedForAtLeast, marriedToFrench, SPOUSE_OF_FRENCH_DOCUMENTS } from '../../conditions';
import { all } from '../../logic';
import { lawfulStay, renewalWindow } from '../bilateral';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 7bis-a';

export const afa_7bis_a: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-a',
  legalBasis: ['AFA 7bis-a'],
  kind: 'plein-droit',
  // "Marié depuis au moins un an avec un ressortissant de nationalité française, dans les mêmes
  // conditions que celles prévues à l'article 6 2)": lawful entry, spouse still French, transcription,
  // life together; plus the lawful stay of the 7 bis opening. No visa, French level, civic exam or
  // mayor's opinion: CESEDA L423-6 and L413-7 do not apply to Algerians (CE avis 333679).
  conditions: all('algerian-spouse-of-french-10-years', [
    algerianRegime,
    marriedToFrench(REF),
    marriedForAtLeast('married-at-least-1-year', REF, T.accordSpouseMarriageYears),
    lawfulStay(REF),
    lawfulEntry(REF),
    marriageTranscribedIfAbroad(REF),
    livingTogether(REF),
  ], { ref: REF }),
  documents: SPOUSE_OF_FRENCH_DOCUMENTS,
  channel: 'ANEF',
  displaces: ['ceseda-l423-6'],
  // Usually asked for with the renewal of the 1-year certificat (R431-5 window).
  deadlines: (s) => renewalWindow(s, ['algerian-certificate-1-year']),
  sources: [...DZ_TEN_YEAR_SOURCES, 'interieur.gouv "Certificat de résidence pour Algériens de 10 ans"'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans – conjoint de Français. */
export const example: CardExample = {
  card: 'afa-7bis-a',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'algerian-certificate-1-year', entryVisa: 'short-stay', maritalStatus: 'married',
    partnerIsFrench: true, marriageDate: '2024-01-01', marriagePlace: 'france', livingTogether: true,
    publicOrderConcern: false, polygamy: false,
  },
};
