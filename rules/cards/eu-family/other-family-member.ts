// EU-2 · Card "membre de la famille d'un citoyen de l'Union/EEE/Suisse" for other family members (L200-5, L233-3): examined, "peut être délivrée".
import type { Card, CardExample } from '../../card';
import { euFamilyRegime } from '../../conditions';
import { atLeastYears, type IsoDate } from '../../dates';
import { all, any, test } from '../../logic';
import { CORE_FAMILY_RELATIONSHIPS, EU_FAMILY_CARD } from './eu-family-common';
import { euCitizenHasRightOfResidence, euFilingDeadline } from './core-family-member';
import { T } from '../../thresholds';

const REF = 'CESEDA L200-5';

const togetherFor = (id: string, years: number) =>
  test(id, REF, ['lifeTogetherSince'], (s, ctx) => atLeastYears(s.lifeTogetherSince as IsoDate, ctx.asOf, years));

export const euOther: Card = {
  ...EU_FAMILY_CARD,
  id: 'eu-family-other',
  legalBasis: ['CESEDA L200-5', 'CESEDA L233-3'],
  kind: 'discretionary',
  conditions: all('eu-other-family-member', [
    euFamilyRegime,
    // A core family member (L200-4) has the plein-droit card instead.
    test('not-core-family-member', REF, ['euRelationship'], (s) => !CORE_FAMILY_RELATIONSHIPS.includes(String(s.euRelationship))),
    any('other-family-member', [
      // L200-5 3°: CESEDA names only the spouse as core, so a PACS partner is "other" (service-public
      // F21830); CAA Paris 16PA02340 once treated a PACS as a marriage (isolated): verify.
      // The 1 year of life together (in France or abroad) is an administrative practice, not a text.
      all('registered-partner-1-year-together', [
        test('registered-partner', REF, ['euRelationship'], (s) => s.euRelationship === 'registered-partner', { verify: 'eu-pacs-classification' }),
        togetherFor('life-together-1-year', T.euPartnerTogetherYears),
      ], { ref: REF }),
      // L200-5 3°: a lasting relationship; 5 years "sauf exceptions" (circulaire 10 Sep 2010). Under 5
      // years the préfet may still accept it: unknown, never unmet.
      all('unmarried-partner-5-years-together', [
        test('unmarried-partner', REF, ['euRelationship'], (s) => s.euRelationship === 'unmarried-partner'),
        test('life-together-5-years', REF, ['lifeTogetherSince'], (s, ctx) => (atLeastYears(s.lifeTogetherSince as IsoDate, ctx.asOf, T.euUnmarriedPartnerYears) ? true : 'unknown')),
      ], { ref: REF }),
      // L200-5 1°: dependant or member of the citizen's household in the country of origin
      // (close and stable ties in a shared home, CJEU 15 Sep 2022).
      test('dependent-or-household-relative', 'CESEDA L200-5', ['euRelationship'], (s) => s.euRelationship === 'other-dependent-relative'),
      // L200-5 2°: serious health grounds requiring the citizen's personal care; an OFII college of
      // doctors examines it (003 seed, M-L).
      all('relative-needing-personal-care', [
        test('relative-needing-care', REF, ['euRelationship'], (s) => s.euRelationship === 'relative-needing-care'),
        test('serious-health-grounds', REF, ['euRelationship'], (s) => s.euRelationship === 'relative-needing-care', { assessedBy: 'ofii' }),
      ], { ref: REF }),
    ], { ref: REF }),
    // L233-3 on the terms of L233-2: the link still exists and the citizen still lives in France. The
    // citizen's death or departure, or the end of the relationship, ends it (the retained right of R233-9
    // speaks of marriage only). Living apart is examined with the rest of the relationship: unknown, not no
    // (Diatta keeps a separated spouse's core right; for a partner or relative the préfet weighs the link).
    test('still-family-member', 'CESEDA L233-3', ['euSpouseStatus'], (s) => {
      if (s.euSpouseStatus === 'together') return true;
      return s.euSpouseStatus === 'separated' ? 'unknown' : false;
    }),
    // L233-3: the right is recognised on the terms of L233-2, so the citizen must have a right of residence.
    euCitizenHasRightOfResidence,
  ], { ref: 'CESEDA L233-3' }),
  documents: [
    'eu-citizen-identity',
    'eu-citizen-right-of-residence',
    { id: 'pacs-and-non-dissolution', when: (s) => s.euRelationship === 'registered-partner' },
    { id: 'proof-of-1-year-together', when: (s) => s.euRelationship === 'registered-partner' },
    { id: 'proof-of-life-together', when: (s) => s.euRelationship === 'unmarried-partner' },
    { id: 'proof-of-dependency', when: (s) => s.euRelationship === 'other-dependent-relative' },
    { id: 'medical-certificates-and-care-proof', when: (s) => s.euRelationship === 'relative-needing-care' },
    { id: 'family-link-to-eu-citizen', when: (s) => s.euRelationship === 'other-dependent-relative' || s.euRelationship === 'relative-needing-care' },
  ],
  // ANEF covers third-country family of EU citizens since 5 Apr 2023; not confirmed for this category.
  channelVerify: true,
  confidence: 'M',
  // R233-15's 3 months: not confirmed that it binds "other" family members exactly as spouses.
  deadlines: (s) => euFilingDeadline(s, true),
  // R233-15: the 3-month deadline runs from the entry.
  infoNeeds: ['entryDate'],
  // The OFII examination of the care case rests on one seed document (M-L): shown only to that relative.
  warnings: (s) => (s.euRelationship === 'relative-needing-care' ? ['eu-care-ofii'] : []),
  sources: ['doctrine LEGIARTI000042777424 (L200-5)', 'TA Grenoble 8 Dec 2023 n° 2306358 (L233-3 quoted)', 'service-public F21830', 'service-public F19315'],
};

/** The person this card is for (possible; tests/conditions-generated.test.ts): Carte de séjour de membre de la famille d'un citoyen de l'Union/EEE/Suisse – toutes activités professionnelles (autre membre de famille). */
export const example: CardExample = {
  card: 'eu-family-other',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker',
    euRelationship: 'registered-partner', euSpouseStatus: 'together', birthDate: '1990-01-01', entryDate: '2026-10-01',
    entryVisa: 'visa-exempt', lifeTogetherSince: '2025-01-01', publicOrderConcern: false,
  },
};
