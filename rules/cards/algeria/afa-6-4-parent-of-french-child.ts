// DZ-6.4 · Algerian certificat 1 year VPF: parent of a minor French child (accord art. 6 4)).
import type { Card, CardExample } from '../../card';
import { algerianRegime } from '../../conditions';
import { atLeastYears, fullYearsBetween, type IsoDate } from '../../dates';
import { all, any, not, test, type Condition } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';
import { T } from '../../thresholds';

const REF = 'AFA 6-4';

/**
 * "Subvient effectivement à ses besoins" (art. 6 4), present tense): the person meets the child's needs now; a
 * contribution that has stopped does not count, and "I do not contribute / cannot prove it" fails it (issue 12 item 6,
 * as VPF-3 for L423-7; verified 2026-12-03).
 */
const meetsChildNeedsNow = test('meets-child-needs', REF, ['childContribution'], (s) => s.childContribution === 'contributes-now');

/**
 * The art. 6 4) conditions, reused by art. 7 bis g) ("when the 6-4 certificat expires, the
 * conditions still met"). Parental authority (even partly) OR meeting the child's needs now; after a
 * recognition after birth, "s'il subvient à ses besoins depuis sa naissance ou depuis au moins un an":
 * needs met now, since birth or for at least 1 year up to the application (not the 2 years of CESEDA L423-7).
 */
export const parentOfFrenchChildDz: Condition = all('algerian-parent-of-french-child-conditions', [
  test('parent-of-french-minor-child', REF, ['hasFrenchMinorChild'], (s) => s.hasFrenchMinorChild === true),
  test('child-under-18', REF, ['frenchChildBirthDate'], (s, ctx) => fullYearsBetween(s.frenchChildBirthDate as IsoDate, ctx.asOf) < T.minorChildAgeBelow),
  any('parental-authority-or-meets-needs', [
    test('exercises-parental-authority', REF, ['exercisesParentalAuthority'], (s) => s.exercisesParentalAuthority === true),
    meetsChildNeedsNow,
  ], { ref: REF }),
  any('needs-met-if-recognised-after-birth', [
    not('not-recognised-after-birth', test('recognised-after-birth', REF, ['recognisedChildAfterBirth'], (s) => s.recognisedChildAfterBirth === true)),
    all('needs-met-now-since-birth-or-1-year', [
      meetsChildNeedsNow,
      test('needs-met-since-birth-or-1-year', REF, ['supportsChildSince', 'frenchChildBirthDate'], (s, ctx) => {
        const since = s.supportsChildSince as IsoDate;
        return since <= (s.frenchChildBirthDate as IsoDate) || atLeastYears(since, ctx.asOf, T.dzParentSupportYears);
      }),
    ], { ref: REF }),
  ], { ref: REF }),
], { ref: REF });

export const afa_6_4: Card = {
  ...DZ_COMMON,
  id: 'afa-6-4',
  legalBasis: ['AFA 6-4'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // No visa and no lawful stay: art. 9 does not list art. 6 cases.
  conditions: all('algerian-parent-of-french-child', [algerianRegime, parentOfFrenchChildDz], { ref: REF }),
  documents: [
    'child-birth-certificate',
    'child-french-nationality-proof',
    { id: 'recognition-record', when: (s) => s.recognisedChildAfterBirth === true },
    { id: 'parental-authority-proof', when: (s) => s.exercisesParentalAuthority === true },
    'proof-of-contribution-to-child',
  ],
  // F-1: family of French nationals on ANEF since 5 Apr 2023, Algerian CRA included.
  channel: 'ANEF',
  durationMonths: 12,
  leadsTo: ['afa-7bis-g'],
  displaces: ['ceseda-l423-7'],
  confidence: 'H',
  // The contribution read as effective now (issue 12 item 6).
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'tifrit.info', 'lemediasocial (ANEF)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « vie privée et familiale » – parent d'un enfant français mineur. */
export const example: CardExample = {
  card: 'afa-6-4',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1988-01-01',
    currentTitle: 'none', maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2021-09-01',
    childContribution: 'none-or-no-proof', supportsChildSince: '2021-09-01', recognisedChildAfterBirth: false,
    exercisesParentalAuthority: true, publicOrderConcern: false,
  },
};
