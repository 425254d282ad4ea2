// O-3 · APS "volontaire" (L426-21; R426-10) for the length of the volunteering contract.
import type { Card, CardExample } from '../../card';
import { generalRegime, longStayVisa } from '../../conditions';
import { addMonths, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { activityIs } from './work-common';

const REF = 'CESEDA L426-21';

export const l426_21: Card = {
  id: 'ceseda-l426-21',
  legalBasis: ['CESEDA L426-21'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'aps',
  conditions: all('volunteer', [
    generalRegime,
    // Social or humanitarian mission with an approved foundation or a public-utility association.
    activityIs('volunteering-mission', REF, ['volunteering']),
    // Contract signed before entry; the host takes charge of the volunteer.
    test('volunteer-contract-signed', REF, ['hostAgreementSigned'], (s) => s.hostAgreementSigned === true),
    longStayVisa(),
    // R426-10: applied for within 1 month of entry.
    test('applied-within-1-month-of-entry', 'CESEDA R426-10', ['entryDate'], (s, ctx) => ctx.asOf <= addMonths(s.entryDate as IsoDate, 1)),
  ], { ref: REF }),
  documents: ['volunteer-contract', 'long-stay-visa'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'aps' },
  confidence: 'H',
  // The last day of the R426-10 month, the same bound as the condition above (general-regime.md O-3
  // "Applied within 1 month of entry (R426-10)"; verified 2026-11-30).
  deadlines: (s) => (typeof s.entryDate === 'string' && s.entryDate !== 'dont-know'
    ? [{ id: 'file-within-1-month-of-entry', date: addMonths(s.entryDate as IsoDate, 1), ref: 'CESEDA R426-10' }]
    : []),
  sources: ['legal.tricoteuses.fr LEGIARTI000042776436'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Autorisation provisoire de séjour « volontaire ». */
export const example: CardExample = {
  card: 'ceseda-l426-21',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1995-04-01', currentTitle: 'none',
    entryDate: '2026-11-10', entryVisa: 'long-stay', maritalStatus: 'single', activity: 'volunteering',
    hostAgreementSigned: true, publicOrderConcern: false,
  },
};
