// DZ-6.5 · Algerian certificat 1 year VPF: personal and family ties (accord art. 6 5)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, cannotUseFamilyReunification, outsideListedCategories } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';
import { afa_6_1 } from './afa-6-1-ten-years-residence';
import { afa_6_2 } from './afa-6-2-spouse-of-french';
import { afa_6_3 } from './afa-6-3-spouse-of-scientist';
import { afa_6_4 } from './afa-6-4-parent-of-french-child';

const REF = 'AFA 6-5';

/**
 * "Les catégories précédentes": art. 6 1) to 4) only, never 6) or 7), which come after 5) (DZ-6.5;
 * legal README, corrections of 2026-12-03, item 10). Closed only when one of them has all its own
 * conditions met; unknown while one waits on unknown facts (scenarios README, subsidiarity).
 */
const PRECEDING_ART_6 = [afa_6_1, afa_6_2, afa_6_3, afa_6_4] as const;

export const afa_6_5: Card = {
  ...DZ_COMMON,
  id: 'afa-6-5',
  legalBasis: ['AFA 6-5'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  conditions: all('algerian-personal-family-ties', [
    algerianRegime,
    // "Qui n'entre pas dans les catégories précédentes ou dans celles qui ouvrent droit au regroupement familial."
    outsideListedCategories('within-another-art-6-case', REF, PRECEDING_ART_6),
    // Spouse of an Algerian certificat holder: regroupement familial (art. 4) is the route. A spouse
    // of a French national is within 6-2 instead; an unmarried person is outside both.
    cannotUseFamilyReunification(REF),
    // Length of stay, ties, children, integration, ties in Algeria: the préfet (and the judge) weigh them,
    // never met nor unmet here; the guidance is output apart as indicators (rules/indicators.ts).
    test('refusal-disproportionate-to-private-family-life', REF, [], () => true, { assessedBy: 'prefet' }),
  ], { ref: REF }),
  documents: ['proof-of-presence-each-year', 'proof-of-life-together'],
  // F-2: 6-5 stays at the préfecture.
  channel: 'préfecture',
  durationMonths: 12,
  displaces: ['ceseda-l423-23'],
  caseByCase: true,
  confidence: 'H',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'tifrit.info'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – liens personnels et familiaux. */
export const example: CardExample = {
  card: 'afa-6-5',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', stayedAsStudent: false, habitualResidenceSince: '2020-01-01', maritalStatus: 'single',
    hasFrenchMinorChild: false, bornInFrance: false, ownSeriousIllness: false, publicOrderConcern: false,
  },
};
