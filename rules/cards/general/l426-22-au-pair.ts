// O-2 · CST "jeune au pair" (L426-22; R426-13 to R426-15; arrêté of 4 Mar 2019), 1 year, renewable once.
import type { Card, CardExample } from '../../card';
import { ageOn, generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { activityIs, visaOrRenewal } from './work-common';
import { T } from '../../thresholds';

const REF = 'CESEDA L426-22';

export const l426_22: Card = {
  id: 'ceseda-l426-22',
  legalBasis: ['CESEDA L426-22'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('au-pair', [
    generalRegime,
    activityIs('au-pair-placement', REF, ['au-pair']),
    test('aged-18-to-30', REF, ['birthDate'], (s, ctx) => {
      const age = ageOn(s, ctx.asOf) ?? -1;
      return age >= T.auPairMinAge && age <= T.auPairMaxAge;
    }),
    // R426-13: a signed agreement with a host family of another nationality, not related; ≤ 25 h a week,
    // a weekly day off, minimum pocket money.
    test('au-pair-agreement', 'CESEDA R426-13', ['hostAgreementSigned'], (s) => s.hostAgreementSigned === true),
    // Basic French, or secondary education, or vocational qualifications: without a French level the diplomas decide.
    test('basic-french-or-education', 'CESEDA R426-13', ['frenchLevel'], (s) => (s.frenchLevel !== 'none' ? true : 'unknown')),
    visaOrRenewal('other'),
  ], { ref: REF }),
  documents: ['au-pair-agreement', 'french-language-evidence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'reduced' },
  durationMonths: 12,
  // Au pair: 90 days of silence count as a refusal (R432-1; general-regime.md O-2; verified 2026-11-30).
  implicitRefusal: { days: 90, ref: 'CESEDA R432-1' },
  confidence: 'H',
  sources: ['juriblio R426-13 to R426-15'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « jeune au pair ». */
export const example: CardExample = {
  card: 'ceseda-l426-22',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2002-01-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'au-pair', hostAgreementSigned: true, frenchLevel: 'a1',
    publicOrderConcern: false,
  },
};
