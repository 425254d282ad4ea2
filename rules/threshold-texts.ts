/**
 * The locale keys whose sentence states each threshold of rules/thresholds.ts (`{{<name>}}`): read by
 * tests/thresholds-text.test.ts to check that every such sentence, in every language, says the value through its
 * placeholder and never as a number. Kept apart from the values so the pages' scripts (the rules run in the browser)
 * do not carry this list. A new sentence that states a threshold: add its key here.
 */
import type { ThresholdName } from './thresholds';

export const THRESHOLD_TEXTS: Readonly<Record<ThresholdName, readonly string[]>> = {
  dzResidenceYears: [
    'conditions.algerian-ten-years-residence',
    'conditions.habitual-residence-10-or-15-years',
    'conditions.more-than-10-years-never-a-student',
    'conditions.habitual-residence-more-than-10-years',
  ],
  dzResidenceAsStudentYears: [
    'conditions.habitual-residence-10-or-15-years',
    'conditions.habitual-residence-more-than-15-years',
  ],
  dzBornInFranceResidenceYears: ['conditions.continuous-residence-8-years'],
  bornInFranceResidenceYears: [
    'conditions.resided-8-years-continuously',
    'conditions.present-residence-8-years',
    'conditions.lived-in-france-8-years-in-a-row',
  ],
  sickForeignerResidenceYears: ['conditions.habitual-residence'],
  residentCardLawfulYears: [
    'conditions.lawful-residence-3-years',
    'conditions.lawful-residence-3-years-since',
    'conditions.tunisian-resident-after-3-years',
    'conditions.moroccan-resident-after-3-years',
  ],
  longLawfulResidenceYears: [
    'conditions.lawful-residence-5-years',
    'conditions.lawful-residence-5-years-since',
    'conditions.tunisian-resident-after-5-years',
    'conditions.algerian-vpf-holder-five-years',
  ],
  statelessResidentCardLawfulYears: ['conditions.lawful-residence-4-years'],
  multiYearCardLawfulYears: ['conditions.first-multi-year-card', 'conditions.one-year-lawful-stay'],
  dzTenYearDiscretionaryYears: [
    'conditions.algerian-ten-years-after-three',
    'conditions.uninterrupted-residence-3-years',
    'conditions.uninterrupted-residence-3-years-since',
  ],
  dzLawfulStayYears: [
    'conditions.algerian-ten-years-lawful-stay',
    'conditions.lawful-residence-more-than-10-years',
    'conditions.lawful-residence-since-more-than-10-years',
  ],
  shortageOccupationResidenceYears: [
    'conditions.three-years-uninterrupted-residence',
    'conditions.three-years-without-excluded-periods',
    'conditions.three-years-outside-excluded-periods',
  ],
  euPermanentResidenceYears: ['conditions.5-years-residence-as-family-member'],
  euRetainedMarriageInFranceYears: ['conditions.1-year-in-france'],
  accordSpouseMarriageYears: [
    'conditions.married-at-least-1-year',
    'conditions.algerian-spouse-of-french-10-years',
    'conditions.tunisian-spouse-of-french-resident',
  ],
  residentSpouseMarriageYears: ['conditions.married-at-least-3-years'],
  protectedPersonUnionYears: [
    'cards.ceseda-l424-3.conditions.married-at-least-1-year',
    'cards.ceseda-l424-11.conditions.married-at-least-1-year',
    'cards.ceseda-l424-19.conditions.married-at-least-1-year',
    'conditions.spouse-married-after-claim-1-year',
    'conditions.married-or-partnered-1-year-living-together',
  ],
  lifeTogetherInFranceMonths: ['conditions.six-months-together-in-france'],
  euPartnerTogetherYears: ['conditions.registered-partner-1-year-together', 'conditions.life-together-1-year'],
  euUnmarriedPartnerYears: ['conditions.unmarried-partner-5-years-together', 'conditions.life-together-5-years'],
  parentCardHeldYears: ['conditions.three-years-holding-parent-card', 'conditions.holding-card-3-years'],
  parentSupportYears: [
    'conditions.contributes-now-since-birth-or-2-years',
    'conditions.contributes-since-birth-or-2-years',
  ],
  dzParentSupportYears: [
    'conditions.needs-met-if-recognised-after-birth',
    'conditions.needs-met-now-since-birth-or-1-year',
    'conditions.needs-met-since-birth-or-1-year',
  ],
  minorChildAgeBelow: ['conditions.child-under-18', 'conditions.parent-of-french-minor-child'],
  dzBornInFranceMinAge: ['conditions.applies-between-16-and-21', 'conditions.aged-16-or-more'],
  dzBornInFranceMaxAge: ['conditions.applies-between-16-and-21', 'conditions.aged-21-or-less'],
  dzChildOfFrenchAgeBelow: [
    'conditions.child-or-dependent-ascendant-of-french',
    'conditions.child-of-french-under-21-or-dependent',
    'conditions.under-21-or-dependent',
    'conditions.under-21',
  ],
  childOfFrenchMinAge: ['conditions.aged-18-to-21-or-dependent', 'conditions.aged-18-to-20'],
  childOfFrenchAgeBelow: ['conditions.aged-18-to-21-or-dependent', 'conditions.aged-18-to-20'],
  bornInFranceMinAge: ['conditions.aged-16-to-21'],
  bornInFranceAgeBelow: ['conditions.aged-16-to-21'],
  protectedSpouseMinAge: ['conditions.spouse-aged-18-or-more'],
  permanentResidentAge: ['conditions.aged-over-60'],
  integrationExemptAge: ['conditions.aged-over-65', 'conditions.french-b1'],
  auPairMinAge: ['conditions.aged-18-to-30'],
  auPairMaxAge: ['conditions.aged-18-to-30'],
};
