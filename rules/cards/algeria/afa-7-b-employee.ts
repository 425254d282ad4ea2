// DZ-E2 · Algerian certificat 1 year "salarié" (accord art. 7 b)).
import type { Card, CardExample } from '../../card';
import { algerianRegime, longStayVisa } from '../../conditions';
import { all, test } from '../../logic';
import { DZ_COMMON, DZ_SOURCES, DZ_VERIFY } from './shared';

const REF = 'AFA 7-b';

export const afa_7_b: Card = {
  ...DZ_COMMON,
  id: 'afa-7-b',
  legalBasis: ['AFA 7-b'],
  kind: 'plein-droit',
  title: 'dz-certificate-1y',
  // "Sur présentation d'un contrat de travail visé par les services du ministre chargé de l'emploi":
  // the employer obtains the work authorisation (labour-market test applies; no shortage-list waiver, L).
  conditions: all('algerian-employee', [
    algerianRegime,
    all('approved-work-contract', [
      test('has-work-contract', REF, ['employed'], (s) => s.employed === true),
      test('contract-approved-by-labour-services', REF, ['workAuthorisation'], (s) => s.workAuthorisation === true),
    ], { ref: REF }),
    longStayVisa('AFA 9'),
  ], { ref: REF }),
  documents: ['employment-contract', 'work-authorisation', 'long-stay-visa'],
  // F-2: salarié stays at the préfecture (⚠ varies by département).
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 12,
  leadsTo: ['afa-7bis-discretionary'],
  displaces: ['ceseda-l421-1'],
  confidence: 'M',
  verify: [...DZ_VERIFY],
  sources: [...DZ_SOURCES, 'gisti.org article6602', 'lexcase-immigration'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Certificat de résidence algérien d'un an « salarié ». */
export const example: CardExample = {
  card: 'afa-7-b',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1985-01-01',
    currentTitle: 'none', entryVisa: 'long-stay', maritalStatus: 'single', employed: true, workAuthorisation: true,
    publicOrderConcern: false,
  },
};
