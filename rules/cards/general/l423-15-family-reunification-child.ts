// VPF-4 · CST VPF for a child admitted under regroupement familial, in the year after 18
// (or 16–18 if working, L421-35) (L423-15). Deadline: eve of the 19th birthday (R431-5).
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulEntry } from '../../conditions';
import { all } from '../../logic';
import { eveOf19thBirthday, inYearAfter18OrWorking16 } from './family-helpers';
import { FAMILY_REUNIFICATION_CARD, admittedThroughRf, sponsorHoldsTitle } from './l423-14-family-reunification-spouse';

const REF = 'CESEDA L423-15';

export const l423_15: Card = {
  ...FAMILY_REUNIFICATION_CARD,
  id: 'ceseda-l423-15',
  legalBasis: ['CESEDA L423-15'],
  conditions: all('family-reunification-child', [
    generalRegime,
    admittedThroughRf,
    inYearAfter18OrWorking16(REF),
    lawfulEntry(REF),
    sponsorHoldsTitle,
  ], { ref: REF }),
  documents: ['family-reunification-authorisation', 'sponsor-title', 'passport-visa-and-entry-stamp'],
  confidence: 'H',
  deadlines: (s) => (s.admittedThroughFamilyReunification === true ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  sources: ['juriblio CESEDA IV-II-III section 5', 'doctrine LEGIARTI000042806998 (R431-5)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – child (family reunification). */
export const example: CardExample = {
  card: 'ceseda-l423-15',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-03-01', currentTitle: 'none',
    entryVisa: 'long-stay', admittedThroughFamilyReunification: true, sponsorTitle: 'resident-card',
    maritalStatus: 'single', publicOrderConcern: false, polygamy: false,
  },
};
