// CR-12 · Carte de résident for a trafficking victim holding the L425-1 card once the accused is
// finally convicted, subject to lawful stay (L425-3).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { RESIDENT_CARD, lawfullyResident } from './family-helpers';

const REF = 'CESEDA L425-3';

export const l425_3: Card = {
  ...RESIDENT_CARD,
  id: 'ceseda-l425-3',
  legalBasis: ['CESEDA L425-3'],
  kind: 'plein-droit',
  conditions: all('trafficking-victim-resident-card', [
    generalRegime,
    test('complaint-or-testimony-trafficking', 'CESEDA L425-1', ['traffickingComplaint'], (s) => s.traffickingComplaint === true),
    test('accused-finally-convicted', REF, ['perpetratorConvicted'], (s) => s.perpetratorConvicted === true),
    lawfullyResident(REF),
  ], { ref: REF }),
  documents: ['complaint-or-testimony-receipt', 'conviction-judgment'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  confidence: 'M',
  sources: ['doctrine LEGIARTI000042776490', 'immigration.interieur.gouv.fr "traite des êtres humains"'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – trafficking victim after the conviction. */
export const example: CardExample = {
  card: 'ceseda-l425-3',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'cst-1-year',
    maritalStatus: 'single', traffickingComplaint: true, perpetratorConvicted: true, publicOrderConcern: false,
    polygamy: false,
  },
};
