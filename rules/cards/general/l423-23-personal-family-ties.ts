// VPF-7 · CST VPF "liens personnels et familiaux" (L423-23, R423-5). Plein droit, but the
// proportionality of a refusal (ECHR art. 8) is for the préfet. Subsidiary: the text reserves it
// for people outside the listed family cards, so it is a gate card evaluated after them.
import type { Card } from '../../card';
import { generalRegime, outsideFamilyReunification } from '../../conditions';
import { all, any, evaluateCondition, test, type EvalContext } from '../../logic';
import type { Situation } from '../../situation';
import { l423_1 } from './l423-1-spouse-of-french';

const REF = 'CESEDA L423-23';

/** The family cards L423-23 yields to (scenarios README, subsidiarity). */
export const LISTED_FAMILY_CARDS = [
  'ceseda-l423-1', 'ceseda-l423-2', 'ceseda-l423-7', 'ceseda-l423-14', 'ceseda-l423-15', 'ceseda-l423-21', 'ceseda-l423-22',
] as const;

const proposed = (ctx: EvalContext, id: string) => {
  const st = ctx.statusOf(id);
  return st === 'eligible' || st === 'possible';
};

/**
 * Within the L423-1 category but lacking only the long-stay visa: the text excludes them, yet
 * practice sends spouses without a visa here. Unknown, to be confirmed (confidence L). Read
 * from L423-1's own conditions, every one but the visa, so the two cards cannot disagree.
 */
function spouseLackingOnlyVisa(s: Situation, ctx: EvalContext): boolean {
  if (ctx.statusOf(l423_1.id) !== 'not-eligible') return false;
  const root = l423_1.conditions;
  if (root.kind !== 'all') return false;
  const others = root.of.filter((c) => c.id !== 'long-stay-visa');
  return others.length < root.of.length && others.every((c) => evaluateCondition(c, s, ctx).value === 'met');
}

export const l423_23: Card = {
  id: 'ceseda-l423-23',
  legalBasis: ['CESEDA L423-23'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('personal-and-family-ties', [
    generalRegime,
    all('not-within-listed-family-card', [
      test('no-listed-family-card-applies', REF, [], (_s, ctx) => !LISTED_FAMILY_CARDS.some((id) => proposed(ctx, id)), { readsCards: LISTED_FAMILY_CARDS }),
      test('not-spouse-lacking-only-visa', REF, [], (s, ctx) => (spouseLackingOnlyVisa(s, ctx) ? 'unknown' : true), {
        readsCards: ['ceseda-l423-1'],
        verify: 'l423-23-spouse-without-visa',
      }),
    ], { ref: REF }),
    // "L'étranger qui n'entre pas dans les catégories … qui ouvrent droit au regroupement familial":
    // VPF-7 lists "Cannot use RF? A spouse of a lawful resident is usually excluded" (general-regime.md,
    // VPF-7). Same condition as AFA 6-5 (conditions.ts); ECHR art. 8 itself can still be invoked.
    outsideFamilyReunification(REF),
    // Some family in France: a French child, or partner, children, parents or siblings here.
    any('family-ties-in-france', [
      test('parent-of-french-child-in-france', REF, ['hasFrenchMinorChild'], (s) => s.hasFrenchMinorChild === true),
      test('close-family-in-france', REF, ['familyTiesInFrance'], (s) => s.familyTiesInFrance === true),
    ], { ref: REF }),
    // Intensity, age and stability of the ties, living conditions, integration, ties abroad
    // (R423-5): weighed by the préfet; no legal minimum length of presence.
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
  dependsOn: LISTED_FAMILY_CARDS,
  verifiedOn: '2026-11-22',
  confidence: 'H',
  sources: ['french-business-law L423-23', 'legal.tricoteuses.fr LEGIARTI000049998825 (R423-5)'],
};
