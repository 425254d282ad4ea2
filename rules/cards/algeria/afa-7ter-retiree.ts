// DZ-E7 · Algerian certificat 10 years "retraité" (accord art. 7 ter).
import type { Card } from '../../card';
import { algerianRegime } from '../../conditions';
import { all, any, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7ter';

export const afa_7ter: Card = {
  ...DZ_COMMON,
  id: 'afa-7ter',
  legalBasis: ['AFA 7ter'],
  kind: 'plein-droit',
  title: 'dz-certificate-10y',
  conditions: all('algerian-retiree', [
    algerianRegime,
    // Lived in France under a 10-year certificat; a run of 1-year certificats does not qualify
    // (CAA Lyon 6 May 2010 n° 09LY01518).
    any('lived-in-france-under-10-year-certificat', [
      test('holds-10-year-certificat', REF, ['currentTitle'], (s) => s.currentTitle === 'algerian-certificate-10-years'),
      test('held-10-year-certificat', REF, ['heldTenYearTitle'], (s) => s.heldTenYearTitle === true),
    ], { ref: REF }),
    test('french-contributory-pension', REF, ['receivesFrenchPension'], (s) => s.receivesFrenchPension === true),
  ], { ref: REF }),
  documents: ['pension-award-letters', 'previous-titles'],
  channel: 'préfecture',
  durationMonths: 120,
  displaces: ['ceseda-l426-8'],
  confidence: 'M',
  // The title is meant for retirees who have settled outside France (as CESEDA L426-8); the
  // reference does not state it, and the spouse's case is UNCONFIRMED.
  verify: [...DZ_VERIFY, 'afa-7ter-scope'],
  sources: [...DZ_SOURCES, 'CAA Lyon 6 May 2010 n° 09LY01518'],
};
