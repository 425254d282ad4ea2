// DZ-6.2 · Algerian certificat 1 year, spouse of a French national (accord art. 6 2)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, lawfulEntry, livingTogether, marriageTranscribedIfAbroad, marriedToFrench, MARRIAGE_TO_FRENCH_DOCUMENTS } from '../../conditions';
import { all, any, test } from '../../logic';
import { renewalWindow } from '../bilateral';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 6-2';

export const afa_6_2: Card = {
  ...DZ_COMMON,
  id: 'afa-6-2',
  legalBasis: ['AFA 6-2'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // No minimum length of marriage; an overstay after a lawful entry does not defeat the right
  // (CE avis 19 Feb 2009 n° 315725); art. 9 lists no visa for art. 6 cases.
  conditions: all('algerian-spouse-of-french', [
    algerianRegime,
    marriedToFrench(REF),
    lawfulEntry(REF),
    marriageTranscribedIfAbroad(REF),
    // Art. 6, last paragraph: "le premier renouvellement du certificat de résidence délivré au
    // titre du 2) est subordonné à une communauté de vie effective entre les époux".
    any('life-together-at-first-renewal', [
      test('not-holding-1-year-certificat', REF, ['currentTitle'], (s) => s.currentTitle !== 'algerian-certificate-1-year'),
      test('certificat-on-another-ground', REF, ['currentTitleGround'], (s) => s.currentTitleGround !== 'spouse-of-french'),
      livingTogether(REF),
    ], { ref: REF }),
  ], { ref: REF }),
  documents: [
    ...MARRIAGE_TO_FRENCH_DOCUMENTS,
    { id: 'passport-visa-and-entry-stamp', when: (s) => s.entryVisa !== 'no-visa' },
    { id: 'proof-of-life-together', when: (s) => s.currentTitle === 'algerian-certificate-1-year' },
  ],
  channel: 'ANEF',
  durationMonths: 12,
  leadsTo: ['afa-7bis-a'],
  displaces: ['ceseda-l423-1', 'ceseda-l423-2'],
  confidence: 'H',
  verify: [...DZ_VERIFY],
  deadlines: (s) => renewalWindow(s, ['algerian-certificate-1-year']),
  sources: [...DZ_SOURCES, 'jurisconsulte.net', 'vincenttchen (2009)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – conjoint de Français. */
export const example: CardExample = {
  card: 'afa-6-2',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'short-stay', maritalStatus: 'married', partnerIsFrench: true,
    marriagePlace: 'france', publicOrderConcern: false, polygamy: false,
  },
};
