// MA-1 · Moroccan 1-year "salarié" title (accord art. 3, first paragraph): the only title the accord governs.
import type { Card, CardExample } from '../../card';
import { moroccanRegime } from '../../conditions';
import { all } from '../../logic';
import { salarieConditions } from '../bilateral';
import { MA_COMMON, MA_SOURCES } from './shared';

const REF = 'AFM 3';

export const afm_3_salarie: Card = {
  ...MA_COMMON,
  id: 'afm-3-salarie',
  legalBasis: ['AFM 3'],
  // Medical check + contract "visé" gives a 1-year renewable title, possibly limited by area or profession.
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('moroccan-employee', [moroccanRegime, ...salarieConditions(REF)], { ref: REF }),
  documents: ['employment-contract', 'payslips', 'work-authorisation', { id: 'previous-titles', when: (s) => s.currentTitle === 'cst-1-year' }],
  // X4: the CER is optional for Moroccans applying as salarié.
  cer: 'optional',
  channel: 'préfecture',
  channelVerify: true,
  durationMonths: 12,
  leadsTo: ['afm-3-resident'],
  // MA-1/MA-4: the accord governs the salarié title (CE case law on art. 3).
  displaces: ['ceseda-l421-1'],
  confidence: 'M',
  sources: [...MA_SOURCES],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Titre de séjour « salarié » (accord franco-marocain). */
export const example: CardExample = {
  card: 'afm-3-salarie',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'moroccan', familyOfEuCitizen: false, birthDate: '1990-01-01',
    currentTitle: 'cst-1-year', currentTitleGround: 'employee', maritalStatus: 'single', employed: true,
    workAuthorisation: true, contractType: 'permanent', publicOrderConcern: false,
  },
};
