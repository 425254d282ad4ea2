// VPF-12 · CST VPF for a victim of trafficking or pimping who files a complaint or testifies
// (L425-1), "sous réserve qu'il ait rompu tout lien" with the accused. L412-1 does not apply;
// no CSP after this CST (L433-5); CR after a final conviction (L425-3).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L425-1';

export const l425_1: Card = {
  id: 'ceseda-l425-1',
  legalBasis: ['CESEDA L425-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('trafficking-victim-complaint', [
    generalRegime,
    // Code pénal 225-4-1 ff. (trafficking) and 225-5 ff. (pimping).
    test('complaint-or-testimony-trafficking', REF, ['traffickingComplaint'], (s) => s.traffickingComplaint === true),
    test('broke-ties-with-perpetrators', REF, ['brokeTiesWithPerpetrators'], (s) => s.brokeTiesWithPerpetrators === true),
  ], { ref: REF }),
  documents: ['complaint-or-testimony-receipt'],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l425-3'],
  confidence: 'H',
  sources: ['immigration.interieur.gouv.fr "traite des êtres humains"', 'acse-alc.org'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – trafficking victim who files a complaint. */
export const example: CardExample = {
  card: 'ceseda-l425-1',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    traffickingComplaint: true, brokeTiesWithPerpetrators: true, publicOrderConcern: false, polygamy: false,
  },
};
