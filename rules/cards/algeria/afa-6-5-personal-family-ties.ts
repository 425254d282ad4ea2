// DZ-6.5 · Algerian certificat 1 year VPF: personal and family ties (accord art. 6 5)).
import type { Card } from '../../card';
import { algerianRegime, noneProposed, outsideFamilyReunification } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 6-5';

/** The other art. 6 cases: 6-5 applies only outside them (subsidiarity, scenarios README). */
const OTHER_ART_6 = ['afa-6-1', 'afa-6-2', 'afa-6-3', 'afa-6-4', 'afa-6-6', 'afa-6-7'] as const;

export const afa_6_5: Card = {
  ...DZ_COMMON,
  id: 'afa-6-5',
  legalBasis: ['AFA 6-5'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  conditions: all('algerian-personal-family-ties', [
    algerianRegime,
    // "Qui n'entre pas dans les catégories précédentes ou dans celles qui ouvrent droit au regroupement familial."
    noneProposed('within-another-art-6-case', REF, OTHER_ART_6),
    // Spouse of an Algerian certificat holder: regroupement familial (art. 4) is the route. A spouse
    // of a French national is within 6-2 instead; an unmarried person is outside both.
    outsideFamilyReunification(REF),
    // Length of stay, ties, children, integration, ties in Algeria: the préfet (and the judge) weigh them.
    test('refusal-disproportionate-to-private-family-life', REF, [], () => true, { assessedBy: 'prefet' }),
  ], { ref: REF }),
  documents: ['proof-of-presence-each-year', 'proof-of-life-together'],
  // F-2: 6-5 stays at the préfecture.
  channel: 'préfecture',
  durationMonths: 12,
  dependsOn: OTHER_ART_6,
  displaces: ['ceseda-l423-23'],
  confidence: 'H',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'tifrit.info'],
};
