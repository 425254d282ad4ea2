// DZ-10 · Renewal of the Algerian 10-year certificat (accord art. 7 bis: "renouvelé automatiquement"). Verified
// 2026-12-03 against algeria-tunisia-morocco.md DZ-0, DZ-10, DZ-10L, DZ-GEN and filing-fees-remedies.md F-1.
// Plein droit; no exam or language level (the 2026 tests do not apply to Algerians at all, DZ-GEN; reports of
// préfectures asking for French at this renewal have no legal basis found). Since CE avis 28 Oct 2025 n° 504980 the
// renewal can be refused for a GRAVE public-order threat (CESEDA L433-2 / L432-3 apply to Algerians, DZ-GEN): the
// default public-order reservation, never decided by the tool. The certificat lapses after more than 3 consecutive
// years outside France (art. 8, DZ-10L; an extension may have been asked: not modelled). Filed on ANEF since
// 4 Jul 2024 (arrêté of 1 Jul 2024 covers the bilateral-accord titles).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_TEN_YEAR_CERTIFICATE, DZ_TEN_YEAR_SOURCES } from './shared';

const REF = 'AFA 7bis';

export const afa_7bis_renewal: Card = {
  ...DZ_TEN_YEAR_CERTIFICATE,
  id: 'afa-7bis-renewal',
  legalBasis: ['AFA 7bis', 'CESEDA L433-2'],
  kind: 'plein-droit',
  conditions: all('algerian-ten-year-renewal', [
    algerianRegime,
    test('holds-10-year-certificat', REF, ['currentTitle'], (s) => s.currentTitle === 'algerian-certificate-10-years'),
    // Art. 8: the certificat lapses after more than 3 consecutive years outside France. The L433-3-1 six-months rule
    // is not shown to apply to Algerians (DZ-GEN lists only the public-order part of L433-2): not a condition here.
    test('certificat-not-lapsed', 'AFA 8', ['timeOutsideFrance'], (s) => s.timeOutsideFrance !== 'over-3-years-in-a-row'),
  ], { ref: REF }),
  documents: ['previous-titles'],
  channel: 'ANEF',
  sources: [...DZ_TEN_YEAR_SOURCES, 'conseil-etat.fr 2025-10-28 n° 504980', 'CE 14 Jun 2018 n° 410721 (art. 8)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Renewal of the 10-year Algerian residence certificate. */
export const example: CardExample = {
  card: 'afa-7bis-renewal',
  situation: {
    removalOrder: 'none', refusalPending: false, nationality: 'algerian', familyOfEuCitizen: false,
    birthDate: '1995-03-01', currentTitle: 'algerian-certificate-10-years', currentTitleExpiry: '2027-09-01',
    timeOutsideFrance: 'under-6-months-a-year', maritalStatus: 'single', frenchLevel: 'none', publicOrderConcern: false,
    polygamy: false,
  },
};
