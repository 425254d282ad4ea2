// TN-4 · Tunisian carte de résident 10 years: spouse of a French national married for at least 1 year (accord art. 10; letter not verified).
import type { Card, CardExample } from '../../card';
import { livingTogether, marriageTranscribedIfAbroad, marriedForAtLeast, marriedToFrench, tunisianRegime, SPOUSE_OF_FRENCH_DOCUMENTS } from '../../conditions';
import { all } from '../../logic';
import { accordIntegrationIfApplicable, cerIfRequired, lawfulStay } from '../bilateral';
import { TN_COMMON, TN_SOURCES } from './shared';
import { T } from '../../thresholds';

const REF = 'AFT 10';

export const aft_10_spouse: Card = {
  ...TN_COMMON,
  id: 'aft-10-spouse-of-french',
  legalBasis: ['AFT 10'],
  kind: 'plein-droit',
  title: 'cr',
  // TN-4 lists it among the plein-droit CRs "sous réserve de la régularité du séjour" of art. 10;
  // the reference does not name the article for this case, hence the verify note.
  conditions: all('tunisian-spouse-of-french-resident', [
    tunisianRegime,
    marriedToFrench(REF),
    marriedForAtLeast('married-at-least-1-year', REF, T.accordSpouseMarriageYears),
    livingTogether(REF),
    marriageTranscribedIfAbroad(REF),
    lawfulStay(REF),
    accordIntegrationIfApplicable('tn-integration-exam'),
    cerIfRequired('cer-tunisians'),
  ], { ref: REF }),
  documents: SPOUSE_OF_FRENCH_DOCUMENTS,
  // F-1: family of French nationals, CR included, on ANEF since 5 Apr 2023.
  channel: 'ANEF',
  durationMonths: 120,
  displaces: ['ceseda-l423-6'],
  confidence: 'M',
  verify: ['aft-10-letter'],
  sources: [...TN_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de résident de dix ans – conjoint de Français (accord franco-tunisien). */
export const example: CardExample = {
  card: 'aft-10-spouse-of-french',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'tunisian', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2024-01-01',
    marriagePlace: 'france', livingTogether: true, frenchLevel: 'b1', civicExamPassed: true, willSignCer: true,
    publicOrderConcern: false, polygamy: false,
  },
};
