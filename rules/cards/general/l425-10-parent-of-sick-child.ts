// APS-1 · APS for a parent of a sick minor child (L425-10): "se voient délivrer", so plein
// droit, after the OFII college's opinion on the child (the L425-9 medical conditions). Up to
// 6 months, renewed during care; allows work (since 2016); L412-1 does not apply; L412-5 applies.
import type { Card, CardExample } from '../../card';
import { generalRegime, ofiiCollege } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L425-10';

export const l425_10: Card = {
  id: 'ceseda-l425-10',
  legalBasis: ['CESEDA L425-10'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'aps',
  conditions: all('parent-of-sick-child-aps', [
    generalRegime,
    test('parent-of-sick-child', REF, ['hasSickChild'], (s) => s.hasSickChild === true),
    // Lives habitually in France with the child and provides for the child's upkeep and education.
    test('lives-with-and-supports-child', REF, ['livesWithSickChildAndSupports'], (s) => s.livesWithSickChildAndSupports === true),
    // The child's two L425-9 medical conditions are for the OFII college of doctors.
    test('child-exceptionally-serious-consequences', 'CESEDA L425-9', ['hasSickChild'], (s) => s.hasSickChild === true, ofiiCollege),
    test('child-no-effective-access-to-treatment', 'CESEDA L425-9', ['hasSickChild'], (s) => s.hasSickChild === true, ofiiCollege),
  ], { ref: REF }),
  documents: ['child-birth-certificate', 'hospital-treatment-certificate', 'proof-of-care-for-child', 'ofii-medical-certificate'],
  channel: 'OFII medical procedure (then préfecture)',
  // Asked once the rest is settled: a reported OFII opinion settles the two medical points.
  infoNeeds: ['ofiiOpinion'],
  // The €100 APS tax from 1 May 2026; exemptions unclear (L436-1 II ⚠): the LF 2026 step of `apsTax` carries the
  // verify flag, so the fee is "to be confirmed" from that date only; before it an APS was free (F-7).
  fee: { tax: 'aps' },
  durationMonths: 6,
  confidence: 'H',
  sources: ['french-business-law "Article L425-10"', 'tricoteuses LEGIARTI000032176381', 'demarches-simplifiees.fr "76-enfant-malade"'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Temporary residence permit (APS) – parent of a sick child. */
export const example: CardExample = {
  card: 'ceseda-l425-10',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', maritalStatus: 'single',
    hasSickChild: true, livesWithSickChildAndSupports: true, publicOrderConcern: false, polygamy: false,
  },
};
