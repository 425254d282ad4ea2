// W-2 · CST "travailleur temporaire" (L421-3): a contract or posting under 12 months; no multi-year card (L433-5).
import type { Card } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { VERIFIED_ON, visaOrChangeOfStatus, workAuthorisationGranted } from './work-common';

const REF = 'CESEDA L421-3';

export const l421_3: Card = {
  id: 'ceseda-l421-3',
  legalBasis: ['CESEDA L421-3'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('temporary-worker', [
    generalRegime,
    workAuthorisationGranted(REF),
    test('contract-under-12-months', REF, ['contractType'], (s) => s.contractType === 'fixed-term-short'),
    visaOrChangeOfStatus(REF),
  ], { ref: REF }),
  documents: ['work-authorisation', 'employment-contract'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  // The length of the contract, at most 1 year.
  durationMonths: 12,
  verifiedOn: VERIFIED_ON,
  confidence: 'H',
  sources: ['french-business-law L421-3'],
};
