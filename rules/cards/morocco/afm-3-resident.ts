// MA-2 · Moroccan carte de résident 10 years after 3 years of regular residence as salarié (accord art. 3, second paragraph; discretionary).
import type { Card, CardExample } from '../../card';
import { moroccanRegime } from '../../conditions';
import { all, test } from '../../logic';
import { accordIntegrationIfApplicable, lawfulResidenceYears, meansAndActivityWeighed } from '../bilateral';
import { MA_COMMON, MA_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFM 3';

export const afm_3_resident: Card = {
  ...MA_COMMON,
  id: 'afm-3-resident',
  legalBasis: ['AFM 3'],
  kind: 'discretionary',
  title: 'cr',
  conditions: all('moroccan-resident-after-3-years', [
    moroccanRegime,
    all('holds-salarie-title', [
      test('holds-1-year-title', REF, ['currentTitle'], (s) => s.currentTitle === 'cst-1-year' || s.currentTitle === 'multi-year-card'),
      test('title-ground-employee', REF, ['currentTitleGround'], (s) => s.currentTitleGround === 'employee'),
    ], { ref: REF }),
    lawfulResidenceYears('lawful-residence-3-years', REF, T.residentCardLawfulYears),
    meansAndActivityWeighed(REF),
    // No source exempts Moroccans; whether L413-7 reaches an accord CR is not settled (L).
    accordIntegrationIfApplicable('ma-integration-exam'),
  ], { ref: REF }),
  documents: ['previous-titles', 'employment-contract', 'payslips', 'tax-notices'],
  // X4: the Moroccan CER exemption covers the salarié title only.
  cer: 'verify',
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 120,
  confidence: 'L',
  // MA-2 gives no article; the paragraph is the accord's art. 3 structure (as AFT 3), unconfirmed.
  verify: ['afm-3-resident-article'],
  sources: [...MA_SOURCES],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de résident de dix ans (accord franco-marocain, article 3). */
export const example: CardExample = {
  card: 'afm-3-resident',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'moroccan', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'employee', lawfulResidenceSince: '2022-01-01',
    maritalStatus: 'single', employed: true, workAuthorisation: true, contractType: 'permanent',
    stableResourcesAtLeastSmic: true, frenchLevel: 'b1', civicExamPassed: true, willSignCer: true,
    publicOrderConcern: false,
  },
};
