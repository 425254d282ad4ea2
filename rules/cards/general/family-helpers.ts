/**
 * Conditions shared by the family, youth, protection and resident cards of CESEDA Book IV
 * (not used outside rules/cards/general). Each cites the article it applies.
 */
import type { ArticleRef } from '../../references';
import type { Card, Deadline } from '../../card';
import { ageAtLeast, ageOn, lawfulStayNow, marriedForAtLeast } from '../../conditions';
import { addDays, addYears, type IsoDate } from '../../dates';
import { all, any, test, type Condition } from '../../logic';
import type { Situation } from '../../situation';
import { T } from '../../thresholds';

/** Lawful stay ("sous réserve de la régularité du séjour"): a residence title, a VLS-TS, an APS or a récépissé (F-5). */
export const lawfullyResident = (ref: ArticleRef): Condition =>
  test('lawfully-resident', ref, ['currentTitle'], (s) => lawfulStayNow(s));

/**
 * A carte de résident of the L426-4 list (CR-10: L423-6, L423-10, L423-11, L423-12, L425-3, L426-6, L426-7, L426-10…):
 * 10 years, and on its renewal it may become the permanent resident card (L426-4).
 */
export const RESIDENT_CARD = {
  regime: 'general',
  title: 'cr',
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
} as const satisfies Partial<Card>;

/**
 * Such a card filed on ANEF (F-1: family of French nationals since 5 Apr 2023; every resident card renewal since
 * 4 Jul 2024), standard tax.
 */
export const RESIDENT_CARD_ON_ANEF = {
  ...RESIDENT_CARD,
  channel: 'ANEF',
  fee: { tax: 'standard' },
} as const satisfies Partial<Card>;

/** The L413-7 integration proofs of a first resident card (X5): the French B1 level and the civic exam. */
export const RESIDENT_CARD_INTEGRATION_DOCUMENTS = ['french-language-evidence', 'civic-exam-certificate'] as const;

/** Age in whole years, inclusive lower bound, exclusive upper bound. */
export const ageInRange = (id: string, ref: ArticleRef, from: number, below: number): Condition =>
  test(id, ref, ['birthDate'], (s, ctx) => {
    const a = ageOn(s, ctx.asOf) ?? -1;
    return a >= from && a < below;
  });

/** L421-35: a minor of 16 or 17 who works may get the card of an 18-year-old early. */
export const agedSixteenOrSeventeenAndWorking: Condition = all('aged-16-to-18-and-working', [
  ageInRange('aged-16-or-17', 'CESEDA L421-35', 16, 18),
  test('works', 'CESEDA L421-35', ['employed'], (s) => s.employed === true),
], { ref: 'CESEDA L421-35' });

/**
 * "Dans l'année qui suit son dix-huitième anniversaire" (R431-5 2°: until the eve of the 19th
 * birthday), or from 16 for a minor who declares a job (L421-35).
 */
export const inYearAfter18OrWorking16 = (ref: ArticleRef): Condition =>
  any('applies-in-year-after-18', [
    ageInRange('aged-18-before-19th-birthday', 'CESEDA R431-5', 18, 19),
    agedSixteenOrSeventeenAndWorking,
  ], { ref });

const birth = (s: Situation): IsoDate | undefined =>
  typeof s.birthDate === 'string' && s.birthDate !== 'dont-know' ? s.birthDate : undefined;

/** R431-5 2°: the last day to file is the eve of the 19th birthday. */
export function eveOf19thBirthday(s: Situation, ref: ArticleRef): Deadline[] {
  const b = birth(s);
  return b ? [{ id: 'apply-by-eve-of-19th-birthday', date: addDays(addYears(b, 19), -1), ref }] : [];
}

/**
 * Spouse or PACS partner "âgé d'au moins dix-huit ans", married or partnered after the claim for at
 * least a year, with effective life together (L424-3 2°, L424-11 2°, L424-19 2°).
 */
const partnerMarriedAfterClaimOneYear = (ref: ArticleRef): Condition =>
  all('married-or-partnered-1-year-living-together', [
    test('married-or-pacs', ref, ['maritalStatus'], (s) => s.maritalStatus === 'married' || s.maritalStatus === 'pacs'),
    // The applicant (the spouse or partner) must be at least 18 (general-regime CR-5, VPF-10, VPF-11).
    ageAtLeast('spouse-aged-18-or-more', ref, T.protectedSpouseMinAge),
    marriedForAtLeast('married-at-least-1-year', ref, T.protectedPersonUnionYears),
    test('living-together', ref, ['livingTogether'], (s) => s.livingTogether === true),
  ], { ref });

/** The family member of a protected person proves the protection (OFPRA decision) and the family link (L424-3, L424-11, L424-19). */
export const FAMILY_OF_PROTECTED_DOCUMENTS = ['ofpra-decision', 'family-link-to-protected-person'] as const;

/** A child of a protected person files "dans l'année qui suit son dix-huitième anniversaire": by the eve of the 19th birthday (R431-5; F-6). */
export const childOfProtectedDeadlines = (s: Situation): Deadline[] =>
  s.familyOfProtected === 'child-turning-18' ? eveOf19thBirthday(s, 'CESEDA R431-5') : [];

/**
 * The four family links of a protection beneficiary (L424-3, L424-11, L424-19): partner through
 * réunification familiale; spouse married after the claim with 1 year together; child in the
 * year after 18; parent of an unmarried minor.
 */
export function familyOfProtected(id: string, ref: ArticleRef, relative: 'refugee' | 'subsidiary-protection' | 'stateless'): Condition {
  return all(id, [
    // The family link comes first: "which protection does your relative have?" is asked only of someone who has one.
    any('family-link-to-protected-person', [
      test('partner-by-family-reunification', ref, ['familyOfProtected'], (s) => s.familyOfProtected === 'spouse-by-reunification'),
      all('spouse-married-after-claim-1-year', [
        test('spouse-married-after-claim', ref, ['familyOfProtected'], (s) => s.familyOfProtected === 'spouse-married-after-claim'),
        partnerMarriedAfterClaimOneYear(ref),
      ], { ref }),
      all('child-in-year-after-18', [
        test('child-of-protected-person', ref, ['familyOfProtected'], (s) => s.familyOfProtected === 'child-turning-18'),
        inYearAfter18OrWorking16(ref),
      ], { ref }),
      test('parent-of-unmarried-minor', ref, ['familyOfProtected'], (s) => s.familyOfProtected === 'parent-of-minor-refugee'),
    ], { ref }),
    test('relative-holds-' + relative, ref, ['protectedRelativeStatus'], (s) => s.protectedRelativeStatus === relative),
  ], { ref });
}
