// VPF-14 · CST VPF "étranger malade" (L425-9): plein droit after the OFII college's opinion.
import type { Card, CardExample } from '../../card';
import { generalRegime, habitualResidenceAtLeast, ofiiCollege } from '../../conditions';
import { all, test } from '../../logic';
import { T } from '../../thresholds';

const REF = 'CESEDA L425-9';

export const l425_9: Card = {
  id: 'ceseda-l425-9',
  legalBasis: ['CESEDA L425-9'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('sick-foreigner', [
    generalRegime,
    test('own-health-requires-care', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true),
    // "Résidant habituellement": about 1 year in practice; below it, the APS for care (APS-2) is the referral.
    habitualResidenceAtLeast('habitual-residence', REF, T.sickForeignerResidenceYears),
    // The two medical conditions are for the OFII college of doctors (R425-11 to R425-13).
    test('exceptionally-serious-consequences', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true, ofiiCollege),
    test('no-effective-access-to-treatment', REF, ['ownSeriousIllness'], (s) => s.ownSeriousIllness === true, ofiiCollege),
  ], { ref: REF }),
  documents: [
    { id: 'passport-visa-and-entry-stamp', when: (s) => s.entryVisa !== 'no-visa' },
    'proof-of-habitual-residence',
    'ofii-medical-certificate',
  ],
  channel: 'OFII medical procedure (then préfecture)',
  // Asked once the rest is settled: a reported OFII opinion settles the two medical points.
  infoNeeds: ['ofiiOpinion'],
  // First issue tax-exempt (F-7).
  // Whether LF 2026 kept the exempt lists is UNCONFIRMED: fees.ts flags the exemption from 1 May 2026 only
  // (params.ts `exemptTax`), not before.
  fee: { tax: 'exempt-first-issue' },
  durationMonths: 12,
  confidence: 'H',
  // ⚠ new bills to abolish the title keep being tabled (legal README ⚠ 9).
  verify: ['sick-foreigner-bills'],
  sources: ['guide.comede.org 15-3', 'ofii.fr', 'legal.tricoteuses.fr JORFARTI000052000812'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour temporaire « vie privée et familiale » – étranger malade. */
export const example: CardExample = {
  card: 'ceseda-l425-9',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none',
    habitualResidenceSince: '2022-01-01', maritalStatus: 'single', ownSeriousIllness: true, publicOrderConcern: false,
    polygamy: false,
  },
};
