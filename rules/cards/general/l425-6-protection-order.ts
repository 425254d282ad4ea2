// VPF-13 · CST VPF for a person granted a protection order (L425-6: domestic violence, Code civil
// 515-9; L425-7: threatened forced marriage, Code civil 515-13), issued "dans les plus brefs délais".
// L412-1 does not apply; CR after the conviction (L425-8). The two articles give the same title on
// the same rules, so one builder makes both cards.
import type { ArticleRef } from '../../references';
import type { Card, CardId, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import type { FactValue } from '../../facts';
import { all, test } from '../../logic';

function protectionOrderCard(o: {
  id: CardId;
  article: 'L425-6' | 'L425-7';
  nodeId: string;
  groundNodeId: string;
  ground: FactValue<'protectionOrderGround'>;
  civilCode: ArticleRef;
}): Card {
  const ref = `CESEDA ${o.article}` as const;
  return {
    id: o.id,
    legalBasis: [ref],
    regime: 'general',
    kind: 'plein-droit',
    title: 'cst',
    conditions: all(o.nodeId, [
      generalRegime,
      test('holds-protection-order', ref, ['protectionOrder'], (s) => s.protectionOrder === true),
      test(o.groundNodeId, o.civilCode, ['protectionOrderGround'], (s) => s.protectionOrderGround === o.ground),
    ], { ref }),
    documents: ['protection-order'],
    channel: 'ANEF',
    fee: { tax: 'standard' },
    durationMonths: 12,
    leadsTo: ['ceseda-l425-8'],
    confidence: 'H',
    sources: ['juriblio CESEDA IV-II-V s.2', `french-business-law ${o.article}`],
  };
}

export const l425_6 = protectionOrderCard({
  id: 'ceseda-l425-6', article: 'L425-6', nodeId: 'protection-order-violence', groundNodeId: 'order-for-domestic-violence',
  ground: 'domestic-violence', civilCode: 'Code civil 515-9',
});

export const l425_7 = protectionOrderCard({
  id: 'ceseda-l425-7', article: 'L425-7', nodeId: 'protection-order-forced-marriage', groundNodeId: 'order-for-forced-marriage-threat',
  ground: 'forced-marriage', civilCode: 'Code civil 515-13',
});

/** The people these cards are for (tests/conditions-generated.test.ts). */
export const examples: readonly CardExample[] = [
  // Temporary residence card "vie privée et familiale" – protection order (violence) (eligible).
  {
    card: 'ceseda-l425-6',
    situation: {
      removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
      maritalStatus: 'single', protectionOrder: true, protectionOrderGround: 'domestic-violence',
      publicOrderConcern: false, polygamy: false,
    },
  },
  // Temporary residence card "vie privée et familiale" – protection order (forced marriage) (eligible).
  {
    card: 'ceseda-l425-7',
    situation: {
      removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
      maritalStatus: 'single', protectionOrder: true, protectionOrderGround: 'forced-marriage',
      publicOrderConcern: false, polygamy: false,
    },
  },
];
