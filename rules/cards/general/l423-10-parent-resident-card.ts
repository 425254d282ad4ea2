// CR-7 · Carte de résident, parent of a French child after 3 years with the parent card (L423-10).
// Still meets the L423-7 conditions; L413-7 integration assessed.
import type { Card, CardExample } from '../../card';
import { generalRegime, residentCardIntegration } from '../../conditions';
import { atLeastYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { RESIDENT_CARD_ON_ANEF, RESIDENT_CARD_INTEGRATION_DOCUMENTS } from './family-helpers';
import { contributesEffectivelyNow, frenchParentContributesIfRecognition, parentOfFrenchMinorChild } from './l423-7-parent-of-french-child';
import { T } from '../../thresholds';

const REF = 'CESEDA L423-10';

export const l423_10: Card = {
  ...RESIDENT_CARD_ON_ANEF,
  id: 'ceseda-l423-10',
  legalBasis: ['CESEDA L423-10'],
  kind: 'plein-droit',
  conditions: all('parent-of-french-child-resident-card', [
    generalRegime,
    // The L423-7 conditions must still be met.
    ...parentOfFrenchMinorChild,
    // Contributes now, since the birth or for 2 years up to the application (VPF-3, CR-7: "still meets the VPF-3 conditions").
    contributesEffectivelyNow('CESEDA L423-7'),
    // L423-8 is one of those conditions: after a recognition, the French parent contributes or a judge has ruled.
    frenchParentContributesIfRecognition,
    // ≥ 3 years holding the L423-7 CST, or a CSP issued under L423-1, L423-7 or L423-23.
    all('three-years-holding-parent-card', [
      test('holds-temporary-or-multi-year-card', REF, ['currentTitle'], (s) => s.currentTitle === 'cst-1-year' || s.currentTitle === 'multi-year-card'),
      test('card-as-parent-of-french-child', REF, ['currentTitle', 'currentTitleGround'], (s) =>
        s.currentTitleGround === 'parent-of-french-child' ||
        (s.currentTitle === 'multi-year-card' && (s.currentTitleGround === 'spouse-of-french' || s.currentTitleGround === 'family-ties'))),
      // "Titulaire depuis au moins trois années" of that card (CR-7): counted from the first card on this ground in an
      // unbroken run (currentTitleFirstIssuedOn, or derived from a dated history of titles), not from lawful residence.
      test('holding-card-3-years', REF, ['currentTitleFirstIssuedOn'], (s, ctx) => atLeastYears(s.currentTitleFirstIssuedOn as IsoDate, ctx.asOf, T.parentCardHeldYears)),
    ], { ref: REF }),
    residentCardIntegration,
  ], { ref: REF }),
  documents: [
    'child-birth-certificate',
    'child-french-nationality-proof',
    'proof-of-contribution-to-child',
    { id: 'french-parent-contribution-proof', when: (s) => s.childFrenchThroughRecognition === true },
    'previous-titles',
    ...RESIDENT_CARD_INTEGRATION_DOCUMENTS,
  ],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042801134', 'legal.tricoteuses.fr LEGIARTI000049052366 (L413-7)'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Resident card – parent of a French child. */
export const example: CardExample = {
  card: 'ceseda-l423-10',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'multi-year-card', currentTitleGround: 'parent-of-french-child',
    currentTitleFirstIssuedOn: '2019-01-01', lawfulResidenceSince: '2019-01-01', maritalStatus: 'single',
    hasFrenchMinorChild: true, frenchChildBirthDate: '2018-05-01', childFrenchThroughRecognition: false,
    childContribution: 'contributes-now', supportsChildSince: '2018-05-01', frenchLevel: 'b1', civicExamPassed: true,
    publicOrderConcern: false, polygamy: false,
  },
};
