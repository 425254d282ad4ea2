// VPF-2 · CST VPF, spouse of a French national married in France: no long-stay visa (L423-2).
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulEntry, livingTogether, marriedToFrench } from '../../conditions';
import { atLeastMonths, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-2';

export const l423_2: Card = {
  id: 'ceseda-l423-2',
  legalBasis: ['CESEDA L423-2'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('spouse-married-in-france', [
    generalRegime,
    marriedToFrench('CESEDA L423-1'),
    test('married-in-france', REF, ['marriagePlace'], (s) => s.marriagePlace === 'france'),
    // Only the entry must have been lawful; the current stay may be irregular.
    lawfulEntry(REF),
    // ≥ 6 months of life together in France; cohabitation before the wedding counts.
    test('six-months-together-in-france', REF, ['lifeTogetherInFranceSince'], (s, ctx) =>
      atLeastMonths(s.lifeTogetherInFranceSince as IsoDate, ctx.asOf, T.lifeTogetherInFranceMonths)),
    livingTogether('CESEDA L423-1'),
  ], { ref: REF }),
  documents: ['passport-visa-and-entry-stamp', 'marriage-certificate-french', 'spouse-french-nationality-proof', 'proof-of-6-months-together-in-france'],
  channel: 'ANEF',
  // The reference says "ANEF or préfecture, depending on the department" (F-1 ⚠).
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l423-6'],
  confidence: 'H',
  sources: ['rig-avocats', 'consultation.avocat.fr (Gillioen)', 'lexcase-immigration'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « vie privée et familiale » – conjoint de Français marié en France. */
export const example: CardExample = { card: 'ceseda-l423-2', persona: 'P01' };

