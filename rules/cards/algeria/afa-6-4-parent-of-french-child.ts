// DZ-6.4 · Algerian certificat 1 year VPF: parent of a minor French child (accord art. 6 4)).
import type { Card } from '../../card';
import { algerianRegime } from '../../conditions';
import { atLeastYears, fullYearsBetween, type IsoDate } from '../../dates';
import { all, any, not, test, type Condition } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 6-4';

/**
 * The art. 6 4) conditions, reused by art. 7 bis g) ("when the 6-4 certificat expires, the
 * conditions still met"). Parental authority OR meeting the child's needs; after a recognition
 * after birth, needs met since birth or for at least 1 year (not the 2 years of CESEDA L423-7).
 */
export const parentOfFrenchChildDz: Condition = all('algerian-parent-of-french-child-conditions', [
  test('parent-of-french-minor-child', REF, ['hasFrenchMinorChild'], (s) => s.hasFrenchMinorChild === true),
  test('child-under-18', REF, ['frenchChildBirthDate'], (s, ctx) => fullYearsBetween(s.frenchChildBirthDate as IsoDate, ctx.asOf) < 18),
  any('parental-authority-or-meets-needs', [
    test('exercises-parental-authority', REF, ['exercisesParentalAuthority'], (s) => s.exercisesParentalAuthority === true),
    test('meets-child-needs', REF, ['supportsChildSince'], (s, ctx) => (s.supportsChildSince as IsoDate) <= ctx.asOf),
  ], { ref: REF }),
  any('needs-met-if-recognised-after-birth', [
    not('not-recognised-after-birth', test('recognised-after-birth', REF, ['recognisedChildAfterBirth'], (s) => s.recognisedChildAfterBirth === true)),
    test('needs-met-since-birth-or-1-year', REF, ['supportsChildSince', 'frenchChildBirthDate'], (s, ctx) => {
      const since = s.supportsChildSince as IsoDate;
      return since <= (s.frenchChildBirthDate as IsoDate) || atLeastYears(since, ctx.asOf, 1);
    }),
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
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'tifrit.info', 'lemediasocial (ANEF)'],
};
