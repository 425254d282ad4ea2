// VPF-8 · CST VPF, born in France (L423-13): 8 years' continuous residence, 5 years of school
// after 10, applying between 16 and 21. L412-1 does not apply (the article says so); CIR-exempt.
import type { Card } from '../../card';
import { generalRegime, habitualResidenceAtLeast, ageOn } from '../../conditions';
import { addDays, addYears } from '../../dates';
import { all, test } from '../../logic';
import { ageInRange } from './family-helpers';

const REF = 'CESEDA L423-13';

export const l423_13: Card = {
  id: 'ceseda-l423-13',
  legalBasis: ['CESEDA L423-13'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('born-in-france-card', [
    generalRegime,
    test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
    // "Au moins huit ans de façon continue": not "since age 8".
    habitualResidenceAtLeast('resided-8-years-continuously', REF, 8),
    test('five-years-schooling-after-10', REF, ['yearsSchooledInFranceAfter10'], (s) => Number(s.yearsSchooledInFranceAfter10) >= 5),
    ageInRange('aged-16-to-21', REF, 16, 21),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-habitual-residence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l426-1'],
  verifiedOn: '2026-11-22',
  confidence: 'H',
  deadlines: (s, ctx) => {
    if (s.bornInFrance !== true || typeof s.birthDate !== 'string' || s.birthDate === 'dont-know' || (ageOn(s, ctx.asOf) ?? 99) >= 21) return [];
    return [{ id: 'apply-before-21st-birthday', date: addDays(addYears(s.birthDate, 21), -1), ref: REF }];
  },
  // Many such people are French under Code civil 21-7: check nationality first.
  warnings: (s) => (s.bornInFrance === true ? ['check-french-nationality-21-7'] : []),
  sources: ['french-business-law "Article L423-13"', 'navy-avocat', 'mcbavocat', 'lexbase R413-7'],
};
