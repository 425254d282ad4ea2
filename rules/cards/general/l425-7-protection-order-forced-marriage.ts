// VPF-13 · CST VPF for a person granted a protection order because of a threatened forced
// marriage (L425-7; Code civil 515-13). Same title and rules as L425-6.
import type { Card } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L425-7';

export const l425_7: Card = {
  id: 'ceseda-l425-7',
  legalBasis: ['CESEDA L425-7'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('protection-order-forced-marriage', [
    generalRegime,
    test('holds-protection-order', REF, ['protectionOrder'], (s) => s.protectionOrder === true),
    test('order-for-forced-marriage-threat', 'Code civil 515-13', ['protectionOrderGround'], (s) => s.protectionOrderGround === 'forced-marriage'),
  ], { ref: REF }),
  documents: ['protection-order'],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l425-8'],
  verifiedOn: '2026-11-22',
  confidence: 'H',
  sources: ['juriblio CESEDA IV-II-V s.2', 'french-business-law L425-6'],
};
