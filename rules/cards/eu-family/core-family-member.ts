// EU-1 · Card "membre de la famille d'un citoyen de l'Union/EEE/Suisse", core family (L200-4, L233-1, L233-2).
import type { Card, Deadline, CardExample } from '../../card';
import { euFamilyRegime } from '../../conditions';
import { addMonths, type IsoDate } from '../../dates';
import { all, any, test } from '../../logic';
import { EU_FAMILY_CARD } from './eu-family-common';

/**
 * EU-0 (L233-1 1° to 3°; R233-1, R233-7): the citizen has a right of residence. Five real answers
 * (eu-family.md, "EU-0 needs real answers"; verified 2026-12-03):
 * - a genuine and effective activity as a worker or self-employed (marginal or ancillary work does not count);
 * - a jobseeker who keeps worker status (R233-7: involuntary unemployment after more than 1 year of
 *   work, or within the 6 months after losing a job held less than 1 year, registered as a jobseeker);
 * - an inactive person with sufficient resources (never required above the RSA amount, R233-1) and
 *   sickness insurance; a student;
 * - none of these ('other'): no right of residence, so no derived right.
 * A jobseeker looking for a first job in France is a case the reference does not cover ("CESEDA deals
 * with this separately"): unknown, never a no. "I don't know" stays unknown.
 */
export const euCitizenHasRightOfResidence = test('eu-citizen-right-of-residence', 'CESEDA L233-1', ['euCitizenActivity'], (s) => {
  if (s.euCitizenActivity === 'jobseeker') return 'unknown';
  return ['worker', 'self-employed', 'jobseeker-kept-worker-status', 'student', 'inactive-with-resources'].includes(String(s.euCitizenActivity));
});

/**
 * Still a family member of a citizen living in France (L233-2). A spouse living apart keeps the
 * core-family right until the divorce is final: living together is not a condition (CJUE 13 Feb
 * 1985, C-267/83 Diatta; eu-family.md; verified 2026-12-03). A divorce, the citizen's death or
 * departure end it; the retained right (R233-9, R233-10) is a card of its own.
 */
const stillFamilyMember = test('still-family-member', 'CESEDA L233-2', ['euSpouseStatus'], (s) => s.euSpouseStatus === 'together' || s.euSpouseStatus === 'separated');

/** R233-15: file within 3 months of entry (the day 3 months after entry is the last day). */
export const euFilingDeadline = (s: { entryDate?: unknown }, verify?: boolean): Deadline[] =>
  typeof s.entryDate === 'string' && s.entryDate !== 'dont-know'
    ? [{ id: 'file-within-3-months-of-entry', date: addMonths(s.entryDate as IsoDate, 3), ref: 'CESEDA R233-15', ...(verify ? { verify } : {}) }]
    : [];

export const euCore: Card = {
  ...EU_FAMILY_CARD,
  id: 'eu-family-core',
  legalBasis: ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2'],
  kind: 'plein-droit',
  conditions: all('eu-core-family-member', [
    euFamilyRegime,
    any('core-family-member', [
      test('spouse-of-eu-citizen', 'CESEDA L200-4', ['euRelationship'], (s) => s.euRelationship === 'spouse'),
      // EU-0 (L233-1 3°): a citizen who is only a student brings the spouse and *dependent* children. The
      // wizard does not ask whether a child under 21 is dependent: for a student's child that stays open.
      test('descendant-under-21-or-dependent', 'CESEDA L200-4', ['euRelationship', 'euCitizenActivity'], (s) => {
        if (s.euRelationship === 'child-dependent') return true;
        if (s.euRelationship !== 'child-under-21') return false;
        return s.euCitizenActivity === 'student' ? 'unknown' : true;
      }),
      // A dependent ascendant cannot join a citizen who is only a student (L233-1 3°).
      test('dependent-ascendant', 'CESEDA L200-4', ['euRelationship', 'euCitizenActivity'], (s) => s.euRelationship === 'parent-dependent' && s.euCitizenActivity !== 'student'),
    ], { ref: 'CESEDA L200-4' }),
    stillFamilyMember,
    euCitizenHasRightOfResidence,
  ], { ref: 'CESEDA L233-2' }),
  // F19315: the spouse proves the link with the marriage certificate, a child or ascendant with a birth certificate showing parentage.
  documents: [
    { id: 'marriage-certificate', when: (s) => s.euRelationship === 'spouse' },
    { id: 'family-link-to-eu-citizen', when: (s) => s.euRelationship !== 'spouse' },
    'eu-citizen-identity',
    'eu-citizen-right-of-residence',
    { id: 'proof-of-dependency', when: (s) => s.euRelationship === 'parent-dependent' || s.euRelationship === 'child-dependent' },
  ],
  confidence: 'H',
  deadlines: (s) => euFilingDeadline(s),
  // R233-15: the 3-month deadline runs from the entry.
  infoNeeds: ['entryDate'],
  sources: ['legal.tricoteuses.fr LEGIARTI000042777426', 'juriblio L233-2', 'service-public F19315'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour de membre de la famille d'un citoyen de l'Union/EEE/Suisse – toutes activités professionnelles. */
export const example: CardExample = {
  card: 'eu-family-core',
  situation: {
    removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker',
    euRelationship: 'spouse', euSpouseStatus: 'together', birthDate: '1990-01-01', entryDate: '2026-10-01',
    entryVisa: 'visa-exempt', publicOrderConcern: false,
  },
};
