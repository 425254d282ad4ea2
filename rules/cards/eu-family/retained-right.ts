// EU-4 · Keeping the right of residence after the citizen's death or departure, or a divorce (R233-9, R233-10).
import type { Card, CardExample } from '../../card';
import { euFamilyRegime } from '../../conditions';
import { all, any, test } from '../../logic';
import { CORE_FAMILY_RELATIONSHIPS, EU_FAMILY_CARD } from './eu-family-common';
import { T } from '../../thresholds';

const REF = 'CESEDA R233-9';

export const euRetained: Card = {
  ...EU_FAMILY_CARD,
  id: 'eu-family-retained',
  legalBasis: ['CESEDA R233-9', 'CESEDA R233-10'],
  kind: 'plein-droit',
  conditions: all('eu-retained-right', [
    euFamilyRegime,
    any('event-that-keeps-the-right', [
      // Death: lived in France as a family member for more than 1 year before it (R233-9). The answer
      // is in whole years: 1 may be just under or just over "more than 1 year".
      all('citizen-died-after-1-year', [
        test('citizen-died', REF, ['euSpouseStatus'], (s) => s.euSpouseStatus === 'citizen-died'),
        test('core-family-member', 'CESEDA L200-4', ['euRelationship'], (s) => CORE_FAMILY_RELATIONSHIPS.includes(String(s.euRelationship))),
        test('more-than-1-year-in-france-before-death', REF, ['euFamilyResidenceYears'], (s) => {
          const y = Number(s.euFamilyResidenceYears);
          return y >= 2 ? true : y === 1 ? 'unknown' : false;
        }),
      ], { ref: REF }),
      // Departure: a third-country spouse does not keep the right; children in school, and the
      // parent with custody, keep it until the end of their secondary schooling (R233-10).
      all('citizen-left-children-in-school', [
        test('citizen-left', 'CESEDA R233-10', ['euSpouseStatus'], (s) => s.euSpouseStatus === 'citizen-left'),
        any('child-in-school-or-custodial-parent', [
          test('child-of-citizen', 'CESEDA R233-10', ['euRelationship'], (s) => s.euRelationship === 'child-under-21' || s.euRelationship === 'child-dependent' ? 'unknown' : false),
          test('custody-of-citizen-child', 'CESEDA R233-10', ['euChildCustody'], (s) => s.euChildCustody === 'custody' ? 'unknown' : false),
        ], { ref: 'CESEDA R233-10' }),
      ], { ref: 'CESEDA R233-10' }),
      // Divorce or annulment: one of four cases (R233-9).
      all('divorce-with-retention-case', [
        test('divorced', REF, ['euSpouseStatus'], (s) => s.euSpouseStatus === 'divorced'),
        // R233-9 speaks of marriage; whether the end of a PACS is covered is UNCONFIRMED. The verify
        // note sits on the PACS branch only, so a divorced spouse is not told to check a PACS point.
        any('was-spouse', [
          test('was-married-to-citizen', REF, ['euRelationship'], (s) => s.euRelationship === 'spouse'),
          test('was-pacs-partner-of-citizen', REF, ['euRelationship'], (s) => (s.euRelationship === 'registered-partner' ? 'unknown' : false), { verify: 'eu-pacs-retention' }),
        ], { ref: REF }),
        any('retention-case-after-divorce', [
          all('marriage-3-years-1-in-france', [
            test('marriage-3-years-before-proceedings', REF, ['marriage3YearsBeforeProceedings'], (s) => s.marriage3YearsBeforeProceedings === true),
            test('1-year-in-france', REF, ['euFamilyResidenceYears'], (s) => Number(s.euFamilyResidenceYears) >= T.euRetainedMarriageInFranceYears),
          ], { ref: REF }),
          test('custody-or-access-rights', REF, ['euChildCustody'], (s) => s.euChildCustody === 'custody' || s.euChildCustody === 'access-rights-in-france'),
          // Particularly difficult circumstances, such as domestic violence during the marriage: the préfet
          // assesses them, so a "yes" is at best unknown; a plain "no" closes this case (EU-4, "Was there violence?").
          test('particularly-difficult-circumstances', REF, ['euDifficultCircumstances'], (s) => s.euDifficultCircumstances === true, { assessedBy: 'prefet' }),
        ], { ref: REF }),
      ], { ref: REF }),
    ], { ref: REF }),
    // Until permanent residence, the person must personally be a worker or self-employed, or
    // self-sufficient with sickness insurance, or the family member of such a person (R233-9; L233-1
    // 1°, 2°, 4°, 5°; EU-4; verified 2026-12-03).
    any('own-right-of-residence', [
      test('works-in-france', 'CESEDA L233-1', ['employed'], (s) => s.employed === true),
      all('self-sufficient-and-insured', [
        // R233-1: sufficient resources are assessed case by case and never required above the RSA
        // flat amount, whatever the SMIC. Below it, the préfecture's case-by-case look rarely finds
        // them sufficient: a "no" counts as unmet (practice, M).
        test('sufficient-resources', 'CESEDA R233-1', ['euOwnResourcesAtLeastRsa'], (s) => s.euOwnResourcesAtLeastRsa === true, { confidence: 'M' }),
        test('sickness-insurance', 'CESEDA L233-1', ['healthInsurance'], (s) => s.healthInsurance === true),
      ], { ref: 'CESEDA L233-1' }),
      // Directive 2004/38 art. 13(2) and 12(2): "or members of the family, already constituted in the host
      // Member State, of a person satisfying these requirements" (a new spouse, a child who works…).
      test('family-of-worker-or-self-sufficient-person', REF, ['euFamilyOfSelfSufficientPerson'], (s) => s.euFamilyOfSelfSufficientPerson === true),
    ], { ref: 'CESEDA L233-1' }),
  ], { ref: REF }),
  documents: [
    'divorce-or-death-papers', 'eu-citizen-identity',
    { id: 'payslips', when: (s) => s.employed === true },
    { id: 'proof-of-resources', when: (s) => s.employed !== true && s.euFamilyOfSelfSufficientPerson !== true },
    { id: 'health-insurance-certificate', when: (s) => s.employed !== true && s.euFamilyOfSelfSufficientPerson !== true },
  ],
  channelVerify: true,
  confidence: 'H',
  sources: ['doctrine LEGIARTI000042808048 (R233-9)', 'calenco LEGIARTI000042808046 (R233-10)', 'juriblio R233-8'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour de membre de la famille d'un citoyen de l'Union/EEE/Suisse – maintien du droit au séjour. */
export const example: CardExample = {
  card: 'eu-family-retained',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker',
    euRelationship: 'spouse', euSpouseStatus: 'citizen-died', euFamilyResidenceYears: 3, birthDate: '1990-01-01',
    entryDate: '2023-06-01', entryVisa: 'visa-exempt', employed: true, publicOrderConcern: false,
  },
};
