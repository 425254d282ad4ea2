// W-1 · CST "salarié" (L421-1): a CDI, conditional on a work authorisation; 1 year, then the multi-year card (L433-4).
// Any CDD (whatever its length) or a posting is L421-3 "travailleur temporaire" (W-2), which leads to no multi-year card.
import type { Card, CardExample } from '../../card';
import { generalRegime, holdsResidenceTitle } from '../../conditions';
import { all, any, test } from '../../logic';
import { PERMANENT_CONTRACTS, workAuthorisationGranted } from './work-common';
import { MASTER_GRADUATE_WITH_PERMANENT_JOB } from './example-people';

const REF = 'CESEDA L421-1';

export const l421_1: Card = {
  id: 'ceseda-l421-1',
  legalBasis: ['CESEDA L421-1'],
  regime: 'general',
  // "se voit délivrer" once the outside authorisation is granted (scenarios README: conditional = plein-droit).
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('salaried-employee', [
    generalRegime,
    // Tunisians and Moroccans get their "salarié" card under their accord (AFT 3, AFM 3; TN-10, MA-1).
    test('salarie-not-governed-by-accord', 'AFM 3', ['nationality'], (s) => s.nationality !== 'tunisian' && s.nationality !== 'moroccan'),
    // The card is for a salaried job (held or offered).
    test('salaried-job', REF, ['activity'], (s) => s.activity === 'ordinary-job'),
    // The employer applies on ANEF; the labour services check pay ≥ SMIC and the employer's standing (R5221-20 C. trav.).
    workAuthorisationGranted(REF),
    // "Sous contrat de travail à durée indéterminée" (W-1, H; verified 2026-12-03): a CDI, or an apprenticeship within
    // a CDI. Any CDD, whatever its length, is L421-3.
    test('permanent-contract', REF, ['contractType'], (s) => PERMANENT_CONTRACTS.includes(String(s.contractType))),
    // L412-1: the VLS "salarié" from abroad, or a change of status from a lawful stay in France.
    any('salarie-visa-or-change-of-status', [
      all('long-stay-salarie-visa', [
        test('entered-with-long-stay-visa', 'CESEDA L412-1', ['entryVisa'], (s) => s.entryVisa === 'long-stay'),
        test('visa-for-employment', 'CESEDA L412-1', ['longStayVisaPurpose'], (s) => s.longStayVisaPurpose === 'employee'),
      ], { ref: 'CESEDA L412-1' }),
      test('change-of-status-from-lawful-stay', REF, ['currentTitle'], (s) => holdsResidenceTitle(s)),
    ], { ref: 'CESEDA L412-1' }),
  ], { ref: REF }),
  documents: ['work-authorisation', 'employment-contract', { id: 'long-stay-visa', when: (s) => s.entryVisa === 'long-stay' }],
  // First issue is filed at the préfecture in most départements (F-2); VLS-TS validation or ANEF elsewhere (⚠).
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l433-4-salarie'],
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042771540', 'Légifrance LEGISCTA000042800916'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « salarié ». */
export const example: CardExample = {
  card: 'ceseda-l421-1',
  situation: MASTER_GRADUATE_WITH_PERMANENT_JOB,
};
