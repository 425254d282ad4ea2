// VPF-13 · CST VPF for a person granted a protection order for domestic violence (L425-6;
// Code civil 515-9), issued "dans les plus brefs délais". L412-1 does not apply; CR after the
// conviction (L425-8).
import type { Card } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L425-6';

export const l425_6: Card = {
  id: 'ceseda-l425-6',
  legalBasis: ['CESEDA L425-6'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('protection-order-violence', [
    generalRegime,
    test('holds-protection-order', REF, ['protectionOrder'], (s) => s.protectionOrder === true),
    test('order-for-domestic-violence', 'Code civil 515-9', ['protectionOrderGround'], (s) => s.protectionOrderGround === 'domestic-violence'),
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
