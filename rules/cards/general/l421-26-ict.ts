// W-5 · CSP "salarié détaché ICT" (L421-26): intra-corporate transfer, ≤ 3 years, not renewable.
import type { Card, CardExample } from '../../card';
import { generalRegime, longStayVisa } from '../../conditions';
import { all } from '../../logic';
import { activityIs, workAuthorisationGranted } from './work-common';

const REF = 'CESEDA L421-26';

export const l421_26: Card = {
  id: 'ceseda-l421-26',
  legalBasis: ['CESEDA L421-26'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'csp',
  conditions: all('intra-corporate-transfer', [
    generalRegime,
    // Posted under Code du travail L1262-1 2° as a senior manager or expert.
    activityIs('intra-group-transfer', REF, ['intra-group-transfer']),
    // The authorisation file proves the manager/expert role and ≥ 6 months in the group (M).
    workAuthorisationGranted(REF),
    // Not renewable: a new card needs a new visa after 6 months outside the EU.
    longStayVisa(),
  ], { ref: REF }),
  documents: ['work-authorisation', 'ict-assignment-letter', 'long-stay-visa'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  durationMonths: 36,
  confidence: 'H',
  sources: ['Légifrance LEGISCTA000042801036'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour pluriannuelle « salarié détaché ICT ». */
export const example: CardExample = {
  card: 'ceseda-l421-26',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryVisa: 'long-stay', maritalStatus: 'single', activity: 'intra-group-transfer', workAuthorisation: true,
    publicOrderConcern: false,
  },
};
