// AES-1 · Admission exceptionnelle au séjour (L435-1): CST VPF, "salarié" or "travailleur temporaire", discretionary.
import type { Card } from '../../card';
import { ageOn, generalRegime, habitualResidenceAtLeast, noValidTitle } from '../../conditions';
import { addYears, atLeastYears, type IsoDate } from '../../dates';
import { all, any, test } from '../../logic';
import { VERIFIED_ON } from './work-common';
import { salariedAccordVerify } from '../bilateral';

const REF = 'CESEDA L435-1';
const SELF = 'ceseda-l435-1';
/** L423-23 (personal and family ties) is itself a fallback, so it does not close AES. */
const NOT_A_BAR = new Set([SELF, 'ceseda-l423-23']);

const since = (s: { habitualResidenceSince?: unknown }) =>
  typeof s.habitualResidenceSince === 'string' && s.habitualResidenceSince !== 'dont-know' ? (s.habitualResidenceSince as IsoDate) : undefined;

export const l435_1: Card = {
  id: SELF,
  legalBasis: ['CESEDA L435-1'],
  regime: 'general',
  kind: 'discretionary',
  title: 'cst',
  conditions: all('exceptional-admission', [
    // Not for Algerians (CE avis 22 Mar 2010 n° 333679: general power only), handled by the regime gate.
    generalRegime,
    noValidTitle(REF),
    // Circular of 23 Jan 2025 (NOR INTK2435521J): legal grounds first. A plein-droit card that is eligible or
    // possible is the way to go; L423-23 is excluded (scenarios README, subsidiarity).
    test('no-plein-droit-title-available', REF, [], (_s, ctx) =>
      !ctx.evaluatedSoFar().some((r) => r.kind === 'plein-droit' && !NOT_A_BAR.has(r.id) && (r.status === 'eligible' || r.status === 'possible'))),
    // "Considérations humanitaires ou motifs exceptionnels": any element that can support the request.
    any('humanitarian-or-exceptional-reasons', [
      habitualResidenceAtLeast('five-years-presence', REF, 5),
      test('work-in-france', REF, ['employed'], (s) => s.employed === true),
      any('family-ties-in-france', [
        // Partner, children, parents or siblings living in France (the fact L423-23 also reads).
        test('close-family-in-france', REF, ['familyTiesInFrance'], (s) => s.familyTiesInFrance === true),
        test('french-minor-child', REF, ['hasFrenchMinorChild'], (s) => s.hasFrenchMinorChild === true),
        test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
      ], { ref: REF }),
      any('illness', [
        test('own-serious-illness', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true),
        test('sick-child', REF, ['hasSickChild'], (s) => s.hasSickChild === true),
      ], { ref: REF }),
      any('victim-status', [
        test('trafficking-complaint', REF, ['traffickingComplaint'], (s) => s.traffickingComplaint === true),
        test('protection-order', REF, ['protectionOrder'], (s) => s.protectionOrder === true),
      ], { ref: REF }),
      // A placement with the ASE weighs for a young adult; later, the years of presence it implies take over.
      all('ase-placement-young-adult', [
        test('aged-under-21', REF, ['birthDate'], (s, ctx) => (ageOn(s, ctx.asOf) ?? 99) < 21),
        test('placed-with-ase', REF, ['placedWithChildWelfare'], (s) => s.placedWithChildWelfare === true),
      ], { ref: REF }),
    ], { ref: REF }),
  ], { ref: REF }),
  documents: [
    'proof-of-presence-each-year',
    { id: 'passport-visa-and-entry-stamp', when: (s) => s.entryVisa !== 'no-visa' },
    { id: 'employment-contract', when: (s) => s.employed === true },
    { id: 'payslips', when: (s) => s.employed === true },
    'french-language-evidence',
  ],
  channel: 'préfecture',
  fee: { tax: 'standard' },
  durationMonths: 12,
  verifiedOn: VERIFIED_ON,
  confidence: 'H',
  // The gate runs after every card without dependsOn; L423-23, itself a gate, is the one plein-droit card it ignores.
  dependsOn: ['ceseda-l423-23'],
  // TN-11, MA-4 (corrected 2026-12-03): L435-1 as salarié is closed to Tunisians and Moroccans; the VPF-based AES stays open.
  verifyWhen: salariedAccordVerify,
  warnings: (s, ctx) => {
    const from = since(s);
    const out = ['aes-refusal-with-oqtf'];
    if (from === undefined) return out;
    // Circular of 23 Jan 2025: about 7 years of presence read as a sign of integration (not a legal bar).
    if (!atLeastYears(from, ctx.asOf, 7)) out.push('below-seven-year-indication');
    // L435-1 al. 2 (L432-13): more than 10 years of habitual residence → the préfet must consult before refusing.
    // The rule does not apply in French Guiana (973) or Mayotte (976) (AES-1; F-11).
    const guianaOrMayotte = typeof s.postcode === 'string' && (s.postcode.startsWith('973') || s.postcode.startsWith('976'));
    if (addYears(from, 10) < ctx.asOf && !guianaOrMayotte) out.push('commission-titre-de-sejour');
    return out;
  },
  sources: ['french-business-law L435-1', 'replick L435-1', 'Légifrance LEGIARTI000042806916', 'legifrance.gouv.fr/circulaire/id/45584'],
};
