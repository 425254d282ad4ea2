/**
 * The multi-year card (CSP) after a 1-year card, and its renewal (general-regime.md X6; verified 2026-12-03).
 *
 * L433-4: "une carte de séjour pluriannuelle est délivrée, à l'issue d'une première année de séjour régulier" under
 * a VLS-TS or a CST, to a person who (1°) followed the CIR with assiduity, (2°) still meets the conditions of the CST
 * held and, from 1 Jan 2026, has French A2 (R433-5) and the civic exam, CSP version (X5). The family CSPs are included
 * (L423-1, L423-7, L423-23…): a CSP follows any 1-year CST except those of L433-5.
 * The CSP is then RENEWED while its conditions are met (L433-4, last paragraph; L433-1), with the habitual residence of
 * L433-3-1 (L433-1 al. 2), and never with an exam or a language level (X5, F39530: renewals are not subject to them).
 * A change of ground is a first issue of the new title (X6).
 */
import type { ArticleRef } from '../../references';
import { lawfulResidenceAtLeast, multiYearCardIntegration } from '../../conditions';
import type { FactValue } from '../../facts';
import { all, any, test, type Condition } from '../../logic';
import { T } from '../../thresholds';

type Ground = FactValue<'currentTitleGround'>;

/** Holds a VLS-TS, a CST or a CSP issued on this ground. */
export const holdsCardOnThisGround = (ground: Ground, ref: ArticleRef = 'CESEDA L433-4'): Condition =>
  all('holds-card-on-this-ground', [
    test('holds-vls-ts-cst-or-multi-year-card', ref, ['currentTitle'], (s) => ['vls-ts', 'cst-1-year', 'multi-year-card'].includes(String(s.currentTitle))),
    test('current-title-on-this-ground', ref, ['currentTitleGround'], (s) => s.currentTitleGround === ground),
  ], { ref });

/**
 * L433-3-1 (M): centre of interests in France and at least 6 months a year here over the last 3 years. Required to
 * renew a CSP (L433-1 al. 2, except talent, seasonal, L422-6 and protection CSPs) and a resident card (L433-2).
 */
export const habitualResidenceAtRenewal = (ref: ArticleRef = 'CESEDA L433-3-1'): Condition =>
  test('habitual-residence-in-france', ref, ['timeOutsideFrance'], (s) => s.timeOutsideFrance === 'under-6-months-a-year', { confidence: 'M' });

/** First CSP after a year on a VLS-TS or CST (with the 2026 integration), or the renewal of the CSP held (without). */
export const firstMultiYearOrRenewal = (ref: ArticleRef = 'CESEDA L433-4'): Condition =>
  any('first-multi-year-or-renewal', [
    all('renewal-of-multi-year-card', [
      test('holds-multi-year-card', 'CESEDA L433-1', ['currentTitle'], (s) => s.currentTitle === 'multi-year-card'),
      habitualResidenceAtRenewal(),
    ], { ref: 'CESEDA L433-1' }),
    all('first-multi-year-card', [
      test('holds-vls-ts-or-cst', ref, ['currentTitle'], (s) => s.currentTitle === 'vls-ts' || s.currentTitle === 'cst-1-year'),
      // "À l'issue d'une première année de séjour régulier".
      lawfulResidenceAtLeast('one-year-lawful-stay', ref, T.multiYearCardLawfulYears),
      multiYearCardIntegration,
    ], { ref }),
  ], { ref });

/** Documents of the first CSP only (the renewal carries no integration condition). */
export const FIRST_CSP_DOCUMENTS = [
  { id: 'cir-attendance-certificate', when: (s: { currentTitle?: unknown }) => s.currentTitle !== 'multi-year-card' },
  { id: 'french-language-evidence', when: (s: { currentTitle?: unknown }) => s.currentTitle !== 'multi-year-card' },
  { id: 'civic-exam-certificate', when: (s: { currentTitle?: unknown }) => s.currentTitle !== 'multi-year-card' },
] as const;
