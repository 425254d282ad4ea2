// TN-10 · Tunisian 1-year "salarié" title, first issue and renewal (accord art. 3, first paragraph; 2008 protocol).
import type { Card, CardExample } from '../../card';
import { tunisianRegime } from '../../conditions';
import { all } from '../../logic';
import { salarieConditions } from '../bilateral';
import { TN_COMMON, TN_SOURCES } from './shared';

const REF = 'AFT 3';

export const aft_3_salarie: Card = {
  ...TN_COMMON,
  id: 'aft-3-salarie',
  legalBasis: ['AFT 3'],
  // "Reçoivent, après le contrôle médical d'usage et sur présentation d'un contrat de travail visé
  // par les autorités compétentes, un titre de séjour valable un an renouvelable".
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('tunisian-employee', [tunisianRegime, ...salarieConditions(REF)], { ref: REF }),
  documents: ['employment-contract', 'payslips', 'work-authorisation', { id: 'previous-titles', when: (s) => s.currentTitle === 'cst-1-year' }],
  // F-2: salarié files stay at the préfecture (⚠ varies by département).
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 12,
  leadsTo: ['aft-3-resident', 'aft-10'],
  // TN-10: the accord governs the Tunisian salarié title.
  displaces: ['ceseda-l421-1'],
  confidence: 'M',
  // X4: Tunisians are exempt from the CER only in listed cases, which the sources do not list.
  verify: ['cer-tunisians'],
  sources: [...TN_SOURCES, 'ash.tm.fr'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Titre de séjour « salarié » (accord franco-tunisien). */
export const example: CardExample = {
  card: 'aft-3-salarie',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'tunisian', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'employee', maritalStatus: 'single', employed: true,
    workAuthorisation: true, contractType: 'permanent', publicOrderConcern: false,
  },
};
