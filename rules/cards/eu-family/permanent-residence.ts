// EU-5 · Card "Directive 2004/38/CE – Séjour permanent" after 5 years (L234-1; continuity R234-3).
import type { Card, CardExample } from '../../card';
import { euFamilyRegime } from '../../conditions';
import { all, test } from '../../logic';
import { T } from '../../thresholds';

const REF = 'CESEDA L234-1';

export const euPermanent: Card = {
  id: 'eu-family-permanent',
  legalBasis: ['CESEDA L234-1'],
  regime: 'eu-family',
  kind: 'plein-droit',
  title: 'eu-permanent-card',
  conditions: all('eu-permanent-residence', [
    euFamilyRegime,
    // 5 years of lawful residence in France as a family member (with the citizen, or under a retained right).
    test('5-years-residence-as-family-member', REF, ['euFamilyResidenceYears'], (s) => Number(s.euFamilyResidenceYears) >= T.euPermanentResidenceYears),
    // R234-3: up to 6 months a year, military service, one absence of up to 12 months for an important
    // reason do not break continuity; more than 2 consecutive years away loses the right (L234-2).
    // Its own question: the general-regime absencesWithinLimits (6 months in a row, 10 in 5 years) is
    // stricter and would refuse, say, a single 11-month absence for a serious illness.
    test('continuous-residence', 'CESEDA R234-3', ['euAbsencesWithinLimits'], (s) => s.euAbsencesWithinLimits === true),
  ], { ref: REF }),
  reservations: ['public-order', 'pending-removal-order'],
  documents: ['proof-of-5-years-residence', 'family-link-to-eu-citizen', 'eu-citizen-right-of-residence'],
  channel: 'ANEF',
  cer: 'optional',
  fee: { tax: 'free', regularisationVisaExempt: true },
  durationMonths: 120,
  confidence: 'H',
  sources: ['juriblio CESEDA Livre II titre III ch. IV', 'lexbase R234-2', 'juriblio R234-3'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour « Directive 2004/38/CE – séjour permanent – toutes activités professionnelles ». */
export const example: CardExample = {
  card: 'eu-family-permanent',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker',
    euRelationship: 'spouse', euSpouseStatus: 'together', euFamilyResidenceYears: 5, euAbsencesWithinLimits: true,
    birthDate: '1990-01-01', entryDate: '2021-06-01', entryVisa: 'visa-exempt', publicOrderConcern: false,
  },
};
