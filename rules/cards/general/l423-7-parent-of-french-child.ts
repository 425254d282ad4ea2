// VPF-3 · CST VPF, parent of a minor French child (L423-7, with the L423-8 rule on recognitions).
import type { ArticleRef } from '../../references';
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { atLeastYears, fullYearsBetween, type IsoDate } from '../../dates';
import { all, any, not, test, type Condition } from '../../logic';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-7';

/** L423-7: the applicant is the parent of a French child who is a minor. Shared with L423-10 and the L433-4 CSP, which require the L423-7 conditions to be still met. */
export const parentOfFrenchMinorChild: readonly Condition[] = [
  test('parent-of-french-minor-child', REF, ['hasFrenchMinorChild'], (s) => s.hasFrenchMinorChild === true),
  test('child-under-18', REF, ['frenchChildBirthDate'], (s, ctx) => fullYearsBetween(s.frenchChildBirthDate as IsoDate, ctx.asOf) < T.minorChildAgeBelow),
];

/** L423-7: the contribution runs since the birth, or for at least 2 years without a break up to the application. */
export const contributesSinceBirthOrTwoYears = (ref: ArticleRef): Condition =>
  test('contributes-since-birth-or-2-years', ref, ['supportsChildSince', 'frenchChildBirthDate'], (s, ctx) => {
    const since = s.supportsChildSince as IsoDate;
    return since <= (s.frenchChildBirthDate as IsoDate) || atLeastYears(since, ctx.asOf, T.parentSupportYears);
  });

/**
 * VPF-3 (corrected 2026-12-03; verified 2026-12-03): "contribue effectivement à l'entretien et à l'éducation de
 * l'enfant dans les conditions prévues à l'article 371-2 du code civil depuis la naissance de celui-ci ou depuis au
 * moins deux ans". The present tense means a contribution effective now: one that has stopped does not count, and
 * the 2 years run up to the application. "I do not contribute / cannot prove it" fails the first test; "I don't know"
 * leaves it unknown. Shared with L423-10, which requires the L423-7 conditions to be still met.
 */
export const contributesEffectivelyNow = (ref: ArticleRef): Condition =>
  all('contributes-now-since-birth-or-2-years', [
    test('contributes-to-child-now', ref, ['childContribution'], (s) => s.childContribution === 'contributes-now'),
    contributesSinceBirthOrTwoYears(ref),
  ], { ref });

/**
 * L423-8: where the child's parentage rests on a recognition (Code civil 316) by the French parent,
 * the applicant "justifie que ce dernier contribue effectivement à l'entretien et à l'éducation de
 * l'enfant … ou produit une décision de justice relative à la contribution". Either proof will do.
 * Shared with L423-10, which requires the L423-7 conditions to be still met.
 */
export const frenchParentContributesIfRecognition = any('french-parent-contributes-if-recognition', [
  not('not-french-through-recognition', test('child-french-through-recognition', 'CESEDA L423-8', ['childFrenchThroughRecognition'], (s) => s.childFrenchThroughRecognition === true)),
  test('french-parent-contributes', 'CESEDA L423-8', ['frenchParentContributes'], (s) => s.frenchParentContributes === true),
  test('court-ruling-on-contribution', 'CESEDA L423-8', ['contributionCourtRuling'], (s) => s.contributionCourtRuling === true),
], { ref: 'CESEDA L423-8' });

export const l423_7: Card = {
  id: 'ceseda-l423-7',
  legalBasis: ['CESEDA L423-7', 'CESEDA L423-8'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('parent-of-french-child', [
    generalRegime,
    ...parentOfFrenchMinorChild,
    // Code civil 371-2: contributes now to upkeep and education, since the birth or for at least 2 years.
    contributesEffectivelyNow(REF),
    frenchParentContributesIfRecognition,
  ], { ref: REF }),
  documents: [
    'child-birth-certificate',
    'child-french-nationality-proof',
    'proof-of-contribution-to-child',
    'school-or-doctor-statements',
    { id: 'french-parent-contribution-proof', when: (s) => s.childFrenchThroughRecognition === true },
    { id: 'family-court-ruling', when: (s) => s.childFrenchThroughRecognition === true || s.livingTogether === false },
  ],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l423-10'],
  confidence: 'H',
  sources: ['replick (CAA Paris 15 Mar 2023, 22PA03000)', 'exilae'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « vie privée et familiale » – parent d'enfant français. */
export const example: CardExample = {
  card: 'ceseda-l423-7',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-07-14', currentTitle: 'none',
    entryVisa: 'no-visa', maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2020-03-02',
    childFrenchThroughRecognition: false, childContribution: 'contributes-now', supportsChildSince: '2020-03-02',
    publicOrderConcern: false, polygamy: false,
  },
};
