// TN-7 · Tunisian carte de résident 10 years after 3 years of regular residence (accord art. 3, second paragraph: "pourront obtenir").
import type { Card, CardExample } from '../../card';
import { tunisianRegime } from '../../conditions';
import { all, test } from '../../logic';
import { accordIntegrationIfApplicable, cerIfRequired, lawfulResidenceYears, meansAndActivityWeighed } from '../bilateral';
import { TN_COMMON, TN_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFT 3';

export const aft_3_resident: Card = {
  ...TN_COMMON,
  id: 'aft-3-resident',
  legalBasis: ['AFT 3'],
  kind: 'discretionary',
  title: 'cr',
  conditions: all('tunisian-resident-after-3-years', [
    tunisianRegime,
    // TN-7: "salarié (or another title)"; any residence title held now.
    test('holds-residence-title', REF, ['currentTitle'], (s) => ['cst-1-year', 'multi-year-card', 'vls-ts'].includes(String(s.currentTitle))),
    lawfulResidenceYears('lawful-residence-3-years', REF, T.residentCardLawfulYears),
    // "Il sera statué sur leur demande en tenant compte des conditions d'exercice de leurs activités
    // professionnelles et de leurs moyens d'existence": the préfet weighs them.
    meansAndActivityWeighed(REF),
    // Sources conflict on whether the 2026 B1 French and civic exam apply to accord-based CRs (L).
    accordIntegrationIfApplicable('tn-integration-exam'),
    cerIfRequired('cer-tunisians'),
  ], { ref: REF }),
  documents: ['previous-titles', 'employment-contract', 'payslips', 'tax-notices', { id: 'french-language-evidence', when: (s) => s.frenchLevel === 'b1' || s.frenchLevel === 'b2-or-more' }],
  // A first 10-year card outside the ANEF categories as last known (F-2, ⚠).
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 120,
  confidence: 'L',
  // The article is cited by one practitioner source; the legal reference leaves it unconfirmed (TN-7, L).
  verify: ['aft-3-resident-article'],
  sources: [...TN_SOURCES],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de résident de dix ans (accord franco-tunisien, article 3). */
export const example: CardExample = {
  card: 'aft-3-resident',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'tunisian', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'employee', lawfulResidenceSince: '2022-01-01',
    maritalStatus: 'single', employed: true, workAuthorisation: true, contractType: 'permanent',
    stableResourcesAtLeastSmic: true, frenchLevel: 'b1', civicExamPassed: true, willSignCer: true,
    publicOrderConcern: false,
  },
};
