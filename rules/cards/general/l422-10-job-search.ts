// S-3 · CST "recherche d'emploi ou création d'entreprise" (L422-10 to L422-12), 12 months, not renewable.
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { holdsStudentTitle } from './work-common';
import { healthInsured } from './l422-1-student';
import { MASTER_GRADUATE_WITH_PERMANENT_JOB } from './example-people';

const REF = 'CESEDA L422-10';

export const l422_10: Card = {
  id: 'ceseda-l422-10',
  legalBasis: ['CESEDA L422-10'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('job-search-after-degree', [
    generalRegime,
    // Held a student title (L422-1, L422-2, L422-6). Former students may also apply within 4 years (M, not modelled).
    holdsStudentTitle,
    // At least a master's-level or listed diploma (e.g. licence professionnelle).
    test('master-level-degree', REF, ['masterLevelDegree'], (s) => s.masterLevelDegree === true),
    healthInsured(REF),
  ], { ref: REF }),
  documents: ['diploma', 'health-insurance-certificate'],
  channel: 'ANEF',
  channelVerify: true,
  fee: { tax: 'reduced' },
  durationMonths: 12,
  leadsTo: ['ceseda-l421-1', 'ceseda-l421-5'],
  confidence: 'H',
  sources: ['french-business-law (CESEDA p.32)', 'terravocats'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « recherche d'emploi ou création d'entreprise ». */
export const example: CardExample = {
  card: 'ceseda-l422-10',
  situation: MASTER_GRADUATE_WITH_PERMANENT_JOB,
};
