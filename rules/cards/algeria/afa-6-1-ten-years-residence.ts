// DZ-6.1 · Algerian certificat 1 year VPF: habitual residence for more than 10 years (accord art. 6 1)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, habitualResidenceAtLeast } from '../../conditions';
import { all, any, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 6-1';

export const afa_6_1: Card = {
  ...DZ_COMMON,
  id: 'afa-6-1',
  legalBasis: ['AFA 6-1'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // "Qui justifie par tout moyen résider en France depuis plus de dix ans ou plus de quinze ans si,
  // au cours de cette période, il a séjourné en qualité d'étudiant." Strictly more than: the
  // anniversary itself is not enough. No visa (art. 9 does not list art. 6), no lawful stay.
  conditions: all('algerian-ten-years-residence', [
    algerianRegime,
    any('habitual-residence-10-or-15-years', [
      all('more-than-10-years-never-a-student', [
        test('never-stayed-as-student', REF, ['stayedAsStudent'], (s) => s.stayedAsStudent === false),
        habitualResidenceAtLeast('habitual-residence-more-than-10-years', REF, T.dzResidenceYears, { strictlyMore: true }),
      ], { ref: REF }),
      habitualResidenceAtLeast('habitual-residence-more-than-15-years', REF, T.dzResidenceAsStudentYears, { strictlyMore: true }),
    ], { ref: REF }),
  ], { ref: REF }),
  documents: [
    { id: 'passport-visa-and-entry-stamp', when: (s) => s.entryVisa !== 'no-visa' },
    'proof-of-presence-each-year',
  ],
  // F-2: art. 6 1) is filed at the préfecture, not on ANEF (⚠ channel as last known).
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 12,
  leadsTo: ['afa-7bis-h'],
  displaces: ['ceseda-l435-1'],
  confidence: 'H',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'replick (CAA Marseille 30 Jan 2023, 22MA01824)', 'tifrit.info'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – résidence habituelle de plus de dix ans. */
export const example: CardExample = {
  card: 'afa-6-1',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '2000-01-01',
    currentTitle: 'none', habitualResidenceSince: '2010-12-31', maritalStatus: 'single', publicOrderConcern: false,
  },
};
