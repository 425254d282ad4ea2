/**
 * Conditions shared by the work, study, "other" and AES cards of the general regime
 * (legal reference sections C, D, E, F). Written once so every card reads the same
 * visa and status rules.
 */
import type { ArticleRef } from '../../references';
import type { Card } from '../../card';
import { generalRegime, holdsResidenceTitle, longStayVisa, longStayVisaFor } from '../../conditions';
import type { FactValue } from '../../facts';
import { all, any, test, type Condition } from '../../logic';

/**
 * Talent cards: silence for 90 days counts as a refusal, 60 for researchers (décret 2025-539; F-8 of
 * filing-fees-remedies.md, general-regime.md W-6; verified 2026-11-30). The 30 days for a Blue Card
 * holder coming from another member state is not asked, so 90 is shown.
 */
const TALENT_SILENCE = { days: 90, ref: 'décret 2025-539' } as const;
export const RESEARCHER_SILENCE = { days: 60, ref: 'décret 2025-539' } as const;

/**
 * What every "talent" card (L421-9 to L421-22, L421-13-1) is (W-6): a multi-year card of up to 4 years (L411-4), filed
 * on ANEF, standard fee, silence for 90 days a refusal. The researcher's card (L421-14) overrides the silence.
 */
export const TALENT_CARD = {
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 48,
  implicitRefusal: TALENT_SILENCE,
} as const satisfies Partial<Card>;

/**
 * A talent card's condition tree: the general regime, the mention's own conditions, then the long-stay visa or a change
 * of status from a lawful stay (W-6 "Visa: VLS required"; L412-1).
 */
export const talentConditions = (id: string, ref: ArticleRef, mention: readonly Condition[], extra: { confidence?: 'M' } = {}): Condition =>
  all(id, [generalRegime, ...mention, visaOrChangeOfStatus(ref)], { ref, ...extra });

type Activity = FactValue<'activity'>;
type Ground = FactValue<'currentTitleGround'>;

/** The person's main activity in France is one of these (the card exists for that activity). */
export const activityIs = (id: string, ref: ArticleRef, activities: readonly Activity[]): Condition =>
  test(id, ref, ['activity'], (s) => activities.includes(s.activity as Activity));

/** Work authorisation (Code du travail L5221-2): the labour services also check the pay and the employer. */
export const workAuthorisationGranted = (ref: ArticleRef): Condition =>
  test('work-authorisation', ref, ['workAuthorisation'], (s) => s.workAuthorisation === true);

/**
 * L412-1 requires a long-stay visa for a first card; someone already holding a residence
 * title may instead change status in France (W-1: "a change of status from a lawful stay").
 */
export const visaOrChangeOfStatus = (ref: ArticleRef): Condition =>
  any('long-stay-visa-or-change-of-status', [
    longStayVisa(),
    test('change-of-status-from-lawful-stay', ref, ['currentTitle'], (s) => holdsResidenceTitle(s)),
  ], { ref: 'CESEDA L412-1' });

/** The holder of a card on this ground is renewing it (L433-1): the visa rule was met at first issue. */
const holdsCardOnGround = (id: string, ref: ArticleRef, ground: Ground): Condition =>
  all(id, [
    test('holds-temporary-or-multi-year-card', ref, ['currentTitle'], (s) => s.currentTitle === 'cst-1-year' || s.currentTitle === 'multi-year-card'),
    test(`current-card-${ground}`, ref, ['currentTitleGround'], (s) => s.currentTitleGround === ground),
  ], { ref });

/**
 * L412-1 (long-stay visa) for a first card, or the renewal of a card on the same ground (L433-1). The
 * visitor and student cards need the VLS of their own kind (X1, O-1 "VLS visiteur", S-1 "VLS étudiant").
 */
export const visaOrRenewal = (ground: Ground): Condition =>
  any('long-stay-visa-or-renewal', [
    ground === 'visitor' || ground === 'student' ? longStayVisaFor(ground) : longStayVisa(),
    holdsCardOnGround('renewal-of-same-card', 'CESEDA L433-1', ground),
  ], { ref: 'CESEDA L412-1' });

/** Holds a VLS-TS or a card as a student (L433-4: the multi-year card follows a first year on one). */
export const holdsStudentTitle: Condition = all('holds-student-title', [
  test('holds-vls-ts-or-card', 'CESEDA L433-4', ['currentTitle'], (s) => ['vls-ts', 'cst-1-year', 'multi-year-card'].includes(String(s.currentTitle))),
  test('current-title-student', 'CESEDA L422-1', ['currentTitleGround'], (s) => s.currentTitleGround === 'student'),
], { ref: 'CESEDA L433-4' });

/**
 * L421-1 "sous contrat de travail à durée indéterminée" (W-1, H; corrected 2026-12-03: the earlier "or a contract of
 * 12 months or more" was wrong). An apprenticeship within a CDI is a CDI (Code du travail L6222-7).
 */
export const PERMANENT_CONTRACTS: readonly string[] = ['permanent', 'apprenticeship-permanent'];

/**
 * L421-3 "sous contrat de travail à durée déterminée" or a posting (Code du travail L1262-1, L1262-2, L1262-2-1),
 * whatever the length (W-2, H; since loi 2016-274 a CDD of 12 months or more no longer gives "salarié"). An
 * apprenticeship of limited duration is a CDD (L6222-7).
 */
export const FIXED_TERM_OR_POSTING: readonly string[] = ['fixed-term-12-months-plus', 'fixed-term-short', 'apprenticeship', 'posting'];
