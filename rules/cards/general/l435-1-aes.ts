// AES-1 · Admission exceptionnelle au séjour (L435-1): CST VPF, "salarié" or "travailleur temporaire", discretionary.
// A case-by-case route (scenarios README, revised 2026-12-03): no subsidiarity in its text, so no other title
// closes it; when a title of right is open the result names it (note `prefer-title-of-right`, evaluate.ts).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { atLeastYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { salariedAccordVerify } from '../bilateral';
import { aesCommissionDue } from '../../remedies';
import { CIRCULAR_PRESENCE_YEARS } from '../../indicators';

const REF = 'CESEDA L435-1';
const SELF = 'ceseda-l435-1';

const since = (s: { habitualResidenceSince?: unknown }) =>
  typeof s.habitualResidenceSince === 'string' && s.habitualResidenceSince !== 'dont-know' ? (s.habitualResidenceSince as IsoDate) : undefined;

export const l435_1: Card = {
  id: SELF,
  legalBasis: ['CESEDA L435-1'],
  regime: 'general',
  kind: 'discretionary',
  title: 'cst',
  commission: 'aes-10-years', // L435-1 al. 2, L432-13: after 10 years' habitual residence, the commission first (F-11)
  conditions: all('exceptional-admission', [
    // Not for Algerians (CE avis 22 Mar 2010 n° 333679: general power only), handled by the regime gate.
    generalRegime,
    // "Considérations humanitaires ou motifs exceptionnels": the préfet alone weighs them, so the point is never
    // met nor unmet here (scenarios README, case-by-case routes). The text asks nothing else: no length of
    // presence, no family or work gate, and no lack of another title (AES-1; TA Besançon 9 Jan 2026 n° 2502821:
    // failing L435-4 or L423-23 is no reason to refuse). The circular's guidance is output as indicators.
    test('humanitarian-or-exceptional-reasons', REF, [], () => true, { assessedBy: 'prefet' }),
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
  confidence: 'H',
  caseByCase: true,
  preferTitleOfRight: true,
  // TN-11, MA-4 (corrected 2026-12-03): L435-1 as salarié is closed to Tunisians and Moroccans, whose accords govern
  // salaried work; the VPF-based AES stays open: a verify note on the card, which stays possible on its VPF ground.
  verifyWhen: salariedAccordVerify,
  warnings: (s, ctx) => {
    const from = since(s);
    const out = ['aes-refusal-with-oqtf'];
    if (from === undefined) return out;
    // Circular of 23 Jan 2025: about 7 years of presence read as a sign of integration (not a legal bar).
    if (!atLeastYears(from, ctx.asOf, CIRCULAR_PRESENCE_YEARS)) out.push('below-seven-year-indication');
    // L435-1 al. 2 (L432-13): more than 10 years of habitual residence → the préfet must consult before refusing.
    if (aesCommissionDue(s, ctx.asOf)) out.push('commission-titre-de-sejour');
    return out;
  },
  sources: ['french-business-law L435-1', 'replick L435-1', 'Légifrance LEGIARTI000042806916', 'legifrance.gouv.fr/circulaire/id/45584'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Admission exceptionnelle au séjour (carte « vie privée et familiale » ou « salarié »). */
export const example: CardExample = { card: 'ceseda-l435-1', persona: 'P05' };

