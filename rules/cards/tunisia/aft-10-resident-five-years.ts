// TN-6 · Tunisian carte de résident 10 years, plein droit: 1-year title + 5 years of regular, uninterrupted residence (accord art. 10).
import type { Card, CardExample } from '../../card';
import { tunisianRegime } from '../../conditions';
import { all, test } from '../../logic';
import { accordIntegrationIfApplicable, cerIfRequired, lawfulResidenceYears } from '../bilateral';
import { TN_COMMON, TN_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFT 10';

export const aft_10: Card = {
  ...TN_COMMON,
  id: 'aft-10',
  legalBasis: ['AFT 10'],
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('tunisian-resident-after-5-years', [
    tunisianRegime,
    test('holds-residence-title', REF, ['currentTitle'], (s) => ['cst-1-year', 'multi-year-card'].includes(String(s.currentTitle))),
    // Time under récépissés counts (CE 11 Oct 2010 n° 331370).
    lawfulResidenceYears('lawful-residence-5-years', REF, T.longLawfulResidenceYears),
    accordIntegrationIfApplicable('tn-integration-exam'),
    cerIfRequired('cer-tunisians'),
  ], { ref: REF }),
  documents: ['previous-titles', 'list-of-trips-abroad', 'tax-notices'],
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 120,
  displaces: ['ceseda-l426-17'],
  confidence: 'M',
  sources: [...TN_SOURCES, 'CE 11 Oct 2010 n° 331370'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de résident de dix ans (accord franco-tunisien, article 10). */
export const example: CardExample = {
  card: 'aft-10',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'tunisian', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'employee', lawfulResidenceSince: '2020-01-01',
    maritalStatus: 'single', employed: true, workAuthorisation: true, contractType: 'permanent', frenchLevel: 'b1',
    civicExamPassed: true, willSignCer: true, publicOrderConcern: false,
  },
};
