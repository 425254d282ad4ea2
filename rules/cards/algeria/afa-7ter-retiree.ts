// DZ-E7 · Algerian certificat 10 years "retraité" (accord art. 7 ter).
import type { ArticleRef } from '../../references';
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { all, any, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7ter';

/**
 * Settled outside France (DZ-E7, corrected 2026-12-03): the "retraité" certificat allows stays of at
 * most 1 year at a time and no work. Offered to someone who lives in France, it would replace a
 * resident's certificat with a lesser one: never proposed then. The fact is the one L426-8 reads
 * (a former resident-card or 10-year certificat holder now living outside France).
 */
export const settledOutsideFrance = (ref: ArticleRef) =>
  test('settled-outside-france', ref, ['formerResidentLivingAbroad'], (s) => s.formerResidentLivingAbroad === true);

export const afa_7ter: Card = {
  ...DZ_COMMON,
  id: 'afa-7ter',
  legalBasis: ['AFA 7ter'],
  kind: 'plein-droit',
  retiree: true, // a "retraité" carte de séjour of its own, not a resident card (DZ-E7): renewed at the préfecture (F-1)
  title: 'dz-certificate-10y',
  // "Le ressortissant algérien qui, après avoir résidé en France sous couvert d'un certificat de résidence
  // valable dix ans, a établi ou établit sa résidence habituelle hors de France et qui est titulaire d'une
  // pension contributive de vieillesse … liquidée au titre d'un régime de base de sécurité sociale française"
  // (DZ-E7: settled outside France, 10-year certificat, French old-age pension; M).
  conditions: all('algerian-retiree', [
    algerianRegime,
    settledOutsideFrance(REF),
    // Lived in France under a 10-year certificat; a run of 1-year certificats does not qualify
    // (CAA Lyon 6 May 2010 n° 09LY01518).
    any('lived-in-france-under-10-year-certificat', [
      test('holds-10-year-certificat', REF, ['currentTitle'], (s) => s.currentTitle === 'algerian-certificate-10-years'),
      test('held-10-year-certificat', REF, ['heldTenYearTitle'], (s) => s.heldTenYearTitle === true),
    ], { ref: REF }),
    // An old-age pension of a French basic scheme, not a disability pension (DZ-E7).
    test('french-contributory-pension', REF, ['receivesFrenchPension'], (s) => s.receivesFrenchPension === true),
  ], { ref: REF }),
  documents: ['pension-award-letters', 'previous-titles'],
  channel: 'préfecture',
  durationMonths: 120,
  leadsTo: ['afa-7ter-spouse'],
  displaces: ['ceseda-l426-8'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'CAA Lyon 6 May 2010 n° 09LY01518'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien de dix ans « retraité ». */
export const example: CardExample = {
  card: 'afa-7ter',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1955-01-01',
    currentTitle: 'none', heldTenYearTitle: true, formerResidentLivingAbroad: true, maritalStatus: 'single',
    receivesFrenchPension: true, publicOrderConcern: false,
  },
};
