// VPF-7 · CST VPF "liens personnels et familiaux" (L423-23, R423-5). Plein droit, but the proportionality
// of a refusal (ECHR art. 8) is for the préfet: a case-by-case route (scenarios README, revised 2026-12-03).
// Its own text closes it to "l'étranger qui n'entre pas dans les catégories prévues aux articles L423-1,
// L423-7, L423-14, L423-15, L423-21 et L423-22 ou dans celles qui ouvrent droit au regroupement familial".
import type { Card, CardExample } from '../../card';
import { cannotUseFamilyReunification, generalRegime, outsideListedCategories } from '../../conditions';
import { all, evaluateCondition, test, type EvalContext } from '../../logic';
import type { Situation } from '../../situation';
import { l423_1 } from './l423-1-spouse-of-french';
import { l423_2 } from './l423-2-spouse-married-in-france';
import { l423_7 } from './l423-7-parent-of-french-child';
import { l423_14 } from './l423-14-family-reunification-spouse';
import { l423_15 } from './l423-15-family-reunification-child';
import { l423_21 } from './l423-21-arrived-by-13';
import { l423_22 } from './l423-22-child-welfare-by-16';

const REF = 'CESEDA L423-23';

/** The categories L423-23 lists; L423-1 with its in-France route L423-2 (scenarios README, subsidiarity). */
const LISTED = [l423_1, l423_2, l423_7, l423_14, l423_15, l423_21, l423_22] as const;

/**
 * A spouse of a French national who meets every L423-1 condition but the long-stay visa: the listed
 * category is not met (its own conditions are not all met), yet whether the text lets such a spouse use
 * L423-23 is uncertain (practice points them here; P17 "confidence: low"): a verify note, never a no.
 */
function spouseLackingOnlyVisa(s: Situation, ctx: EvalContext): boolean {
  const root = l423_1.conditions;
  if (root.kind !== 'all') return false;
  const visa = root.of.find((c) => c.id === 'long-stay-visa');
  if (!visa || evaluateCondition(visa, s, ctx).value !== 'unmet') return false;
  return root.of.filter((c) => c !== visa).every((c) => evaluateCondition(c, s, ctx).value === 'met');
}

export const l423_23: Card = {
  id: 'ceseda-l423-23',
  legalBasis: ['CESEDA L423-23'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('personal-and-family-ties', [
    generalRegime,
    // Closed only when a listed card has all its own conditions met (a préfet-assessed point counting as met).
    outsideListedCategories('not-within-listed-family-card', REF, LISTED),
    // "… ou dans celles qui ouvrent droit au regroupement familial" (VPF-7). ECHR art. 8 itself can still be invoked.
    cannotUseFamilyReunification(REF),
    // "Liens personnels et familiaux": private life alone can be enough, so there is no family-in-France gate
    // (legal README, corrections of 2026-12-03, item 5). Intensity, age and stability of the ties, living
    // conditions, integration, ties abroad (R423-5) are weighed by the préfet: never met nor unmet here.
    // The guidance the préfet uses is output apart, as indicators (rules/indicators.ts).
    test('disproportionate-interference', REF, [], () => true, { assessedBy: 'prefet' }),
  ], { ref: REF }),
  documents: [
    'proof-of-presence-each-year',
    { id: 'proof-of-life-together', when: (s) => s.maritalStatus === 'married' || s.maritalStatus === 'pacs' || s.maritalStatus === 'cohabiting' },
    { id: 'child-birth-certificate', when: (s) => s.hasFrenchMinorChild === true },
    'french-language-evidence',
  ],
  channel: 'préfecture',
  fee: { tax: 'standard' },
  durationMonths: 12,
  caseByCase: true,
  verifyWhen: (s, ctx) => (spouseLackingOnlyVisa(s, ctx) ? ['l423-23-spouse-without-visa'] : []),
  confidence: 'H',
  sources: ['french-business-law L423-23', 'legal.tricoteuses.fr LEGIARTI000049998825 (R423-5)', 'legifrance.gouv.fr/circulaire/id/45584'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – personal and family ties. */
export const example: CardExample = {
  card: 'ceseda-l423-23',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-07-14', currentTitle: 'none',
    entryVisa: 'no-visa', maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2020-03-02',
    childFrenchThroughRecognition: false, childContribution: 'stopped', supportsChildSince: '2020-03-02',
    publicOrderConcern: false, polygamy: false,
  },
};
