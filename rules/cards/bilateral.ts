/**
 * Conditions shared by the Algerian, Tunisian and Moroccan accord cards (legal reference
 * algeria-tunisia-morocco.md), and the nationality ground the Tunisian and Moroccan accords close in two
 * CESEDA cards (L435-1, L435-4). Kept out of conditions.ts because only these cards use them.
 */
import type { ArticleRef } from '../references';
import { lawfulResidenceAtLeast, lawfulStayNow, livingInFranceSinceAgeAtMost } from '../conditions';
import { addDays, type IsoDate } from '../dates';
import type { Situation } from '../situation';
import type { Deadline } from '../card';
import { all, any, test, type Condition } from '../logic';
import { civicExamResidentOrExempt, frenchB1OrExempt, longStayVisa } from '../conditions';

/**
 * "Sous réserve de la régularité du séjour" (AFA 7 bis; AFT 10): a residence title or an
 * APS covers the stay now; so does a récépissé (CE 11 Oct 2010 n° 331370; F-5).
 */
export const lawfulStay = (ref: ArticleRef): Condition =>
  test('lawful-stay', ref, ['currentTitle'], (s) => lawfulStayNow(s));

/** Regular residence for at least N years, up to now (both halves must hold). */
export const lawfulResidenceYears = (id: string, ref: ArticleRef, years: number): Condition =>
  all(id, [
    lawfulStay(ref),
    lawfulResidenceAtLeast(`${id}-since`, ref, years),
  ], { ref });

/** Holds a 1-year certificat on a given ground (art. 6 cases, 7 bis g and h). */
export const holdsAlgerianOneYear = (id: string, ref: ArticleRef, grounds: readonly string[]): Condition =>
  all(id, [
    test(`${id}-title`, ref, ['currentTitle'], (s) => s.currentTitle === 'algerian-certificate-1-year'),
    test(`${id}-ground`, ref, ['currentTitleGround'], (s) => grounds.includes(String(s.currentTitleGround))),
  ], { ref });

/**
 * R431-5: a title on the ANEF list is renewed between the 120th and the 60th day before it expires.
 * Shown only when the person holds a 1-year certificat with a known expiry.
 */
export function renewalWindow(s: Situation, titles: readonly string[]): Deadline[] {
  if (!titles.includes(String(s.currentTitle)) || typeof s.currentTitleExpiry !== 'string' || s.currentTitleExpiry === 'dont-know') return [];
  const expiry = s.currentTitleExpiry as IsoDate;
  return [
    { id: 'renewal-window-opens', date: addDays(expiry, -120), ref: 'CESEDA R431-5' },
    { id: 'renewal-window-closes', date: addDays(expiry, -60), ref: 'CESEDA R431-5' },
  ];
}

/**
 * Tunisian and Moroccan accord resident cards: whether the 2026 B1 French and civic exam
 * (L413-7) apply is not settled (legal reference TN/MA, L). Never a refusal on this ground:
 * met if the person already has B1 and the exam, otherwise unknown with a verify note.
 */
export const accordIntegrationIfApplicable = (verifyId: string): Condition =>
  any('integration-if-applicable', [
    test('integration-exam-not-applicable-to-accord-card', 'CESEDA L413-7', [], () => 'unknown', { verify: verifyId }),
    all('b1-and-civic-exam', [frenchB1OrExempt, civicExamResidentOrExempt], { ref: 'CESEDA L413-7' }),
  ], { ref: 'CESEDA L413-7' });

/**
 * "En tenant compte des moyens d'existence […] et des conditions [d'exercice] de leur activité professionnelle"
 * (AFA 7 bis; AFT 3 and AFM 3, second paragraph): the préfet weighs them; a steady income helps but is never
 * decisive, so without it the point stays unknown, never unmet.
 */
export const meansAndActivityWeighed = (ref: ArticleRef): Condition =>
  test('means-of-existence-and-activity', ref, ['stableResourcesAtLeastSmic'], (s) => (s.stableResourcesAtLeastSmic === true ? true : 'unknown'), { assessedBy: 'prefet' });

/** CER for Tunisians: optional only "in listed cases" (X4), which the sources do not list (L). */
export const cerIfRequired = (verifyId: string): Condition =>
  any('cer-if-required', [
    test('cer-not-required-for-this-case', 'CESEDA L412-7', [], () => 'unknown', { verify: verifyId }),
    test('will-sign-cer', 'CESEDA L412-7', ['willSignCer'], (s) => s.willSignCer === true),
  ], { ref: 'CESEDA L412-7' });

/** Living in France since age 10 at most (AFA 7 bis e; AFT 7 ter b): the reading of "au plus" is in conditions.ts. */
export const residentSinceAge10 = (ref: ArticleRef): Condition => livingInFranceSinceAgeAtMost('resident-since-age-10', ref, 10);

/** Contracts of at least a year: permanent, fixed-term of 12 months or more, apprenticeship (of limited duration or within a CDI). */
const ONE_YEAR_OR_MORE: readonly string[] = ['permanent', 'fixed-term-12-months-plus', 'apprenticeship', 'apprenticeship-permanent'];

/**
 * The salarié title of AFT 3 / AFM 3: an approved work contract (the employer obtained the
 * work authorisation) for a salaried activity "pour une durée d'un an au minimum" (art. 3,
 * first paragraph of both accords), and either the long-stay visa of a first issue (L412-1,
 * the CESEDA procedure the accords refer to) or a salarié title being renewed. A shorter or
 * seasonal contract is outside the accord: the CESEDA (L421-3, L421-34) governs it (TN art. 11; MA-5).
 */
export function salarieConditions(ref: ArticleRef): Condition[] {
  return [
    all('approved-work-contract', [
      test('has-work-contract', ref, ['employed'], (s) => s.employed === true),
      test('contract-approved-by-labour-services', ref, ['workAuthorisation'], (s) => s.workAuthorisation === true),
      test('salaried-activity-of-one-year-or-more', ref, ['contractType'], (s) => ONE_YEAR_OR_MORE.includes(String(s.contractType)), { confidence: 'M' }),
    ], { ref }),
    any('long-stay-visa-or-salarie-title', [
      all('holds-salarie-title', [
        test('holds-1-year-title-or-vls-ts', ref, ['currentTitle'], (s) => s.currentTitle === 'cst-1-year' || s.currentTitle === 'vls-ts'),
        test('title-ground-employee', ref, ['currentTitleGround'], (s) => s.currentTitleGround === 'employee'),
      ], { ref }),
      longStayVisa(),
    ], { ref }),
  ];
}

/** Nationalities whose accord's art. 3 governs salaried work (TN-10, MA-1). */
const SALARIED_WORK_ACCORDS: readonly string[] = ['tunisian', 'moroccan'];

/**
 * TN-11 and MA-4 (corrected 2026-12-03): art. 3 of the Tunisian and Moroccan accords governs salaried
 * work, so the CESEDA's exceptional admission as "salarié" or "travailleur temporaire" (L435-1) is
 * closed to Tunisians and Moroccans (CE avis 2 Mar 2012 n° 355208; CE 31 Jan 2014 n° 367306; CAA
 * Marseille 26 Sep 2025 n° 24MA03080), and L435-4 very probably too, by the same reasoning (an
 * inference, M). The préfet keeps his general power to regularise; VPF-based AES stays open.
 * For a route that is only salaried (L435-4): open to every other nationality; closed to these two, and
 * the closing node carries the verify note. The `any` keeps the note out of everyone else's result (a
 * met `any` shows only its met branch).
 */
export const salariedRouteOpenToNationality = (ref: ArticleRef): Condition =>
  any('open-to-nationality', [
    test('nationality-without-salaried-work-accord', ref, ['nationality'], (s) => !SALARIED_WORK_ACCORDS.includes(String(s.nationality))),
    test('salaried-route-open-despite-accord', 'CE avis 2 Mar 2012 n° 355208', ['nationality'], () => false, { verify: 'accord-salaried-aes', confidence: 'M' }),
  ], { ref });

/**
 * For a route with a salaried and a VPF ground (L435-1): the card stays open on its VPF ground; the note
 * tells a Tunisian or a Moroccan that the salaried ground is closed to them (TN-11, MA-4).
 */
export const salariedAccordVerify = (s: Situation): readonly string[] =>
  (SALARIED_WORK_ACCORDS.includes(String(s.nationality)) ? ['accord-salaried-aes'] : []);
