// DZ-6.3 · Algerian certificat 1 year VPF: spouse of the holder of a 1-year "scientifique" title (accord art. 6 3)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, lawfulEntry } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 6-3';

export const afa_6_3: Card = {
  ...DZ_COMMON,
  id: 'afa-6-3',
  legalBasis: ['AFA 6-3'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // Arriving after the spouse, or marrying after the spouse's title was issued, does not matter
  // (2013 guide). Reading "scientifique" as today's talent-chercheur card is an inference (L).
  conditions: all('algerian-spouse-of-scientist', [
    algerianRegime,
    test('is-married', REF, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
    // The spouse holds a French title, so is not French (a French spouse is 6-2).
    test('spouse-is-foreign-national', REF, ['partnerIsFrench'], (s) => s.partnerIsFrench === false),
    test('spouse-holds-scientist-title', REF, ['spouseHoldsScientistTitle'], (s) => s.spouseHoldsScientistTitle === true, { verify: 'scientifique-reading' }),
    lawfulEntry(REF),
  ], { ref: REF }),
  documents: ['marriage-certificate', 'sponsor-title', { id: 'passport-visa-and-entry-stamp', when: (s) => s.entryVisa !== 'no-visa' }],
  channel: 'préfecture',
  durationMonths: 12,
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, '001_c97af165bd3e8102.txt (2013 guide)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – conjoint d'un titulaire d'un titre « scientifique ». */
export const example: CardExample = {
  card: 'afa-6-3',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'short-stay', maritalStatus: 'married', partnerIsFrench: false,
    spouseHoldsScientistTitle: true, publicOrderConcern: false, polygamy: false,
  },
};
