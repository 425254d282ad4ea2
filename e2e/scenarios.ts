/**
 * Public scenarios P01, P02, P04, P06 (/work/shared/scenarios/public.md) as answer tables:
 * fact id → answer as the person would give it. A question not in the table fails the walk.
 * Answers use the input kinds of rules/facts.ts: true/false for yes-no, the option id for
 * choices, YYYY-MM-DD for dates, digits for postcodes.
 */
export type Answer = boolean | string | number;

export interface Scenario {
  id: string;
  title: string;
  answers: Record<string, Answer>;
  /** The card expected in the results, with its legal basis as shown. */
  expectCard: string;
  expectBasis: string[];
  expectGroup: 'g-eligible' | 'g-discretionary' | 'g-if-confirmed';
}

const noRedFlags = { removalOrder: 'none', dublinProcedure: false, refusalPending: false };
const clean = { publicOrderConcern: false, polygamy: false };
/** None of the other grounds (protection, work accident, army, victims…) apply to these people. */
const noOtherGrounds = {
  protectionStatus: 'none', familyOfProtected: 'none', protectedRelativeStatus: 'dont-know',
  formerResidentLivingAbroad: false, admittedThroughFamilyReunification: false, sponsorTitle: 'none',
  spouseHoldsRetireeCard: false, shortageJobMonthsLast24: 0, workAccidentPension20: false,
  workAccidentSurvivorPension: false, frenchRetirementPension: false, exceptionalEconomicContribution: false,
  frenchArmyService: 'none', legionGoodConduct: false, traffickingComplaint: false, prostitutionExitProgramme: false,
  protectionOrder: false, oacasThreeYears: false, placedWithChildWelfare: false, isChildOfFrenchNational: false,
  isDependentParentOfFrench: false, stayedAsStudent: false, heldTenYearTitle: false,
};

/** What the préfet weighs on a case-by-case route (rules/indicators.ts): not in the public scenarios, so "I don't know". */
const indicatorsUnknown = { frenchLevel: 'dont-know', signedJobOffer: 'dont-know', childrenSchooledInFrance: 'dont-know', closeFamilyAbroad: 'dont-know' };

export const SCENARIOS: Scenario[] = [
  {
    id: 'P01',
    title: 'Moroccan spouse of a French national, married in France',
    answers: {
      ...noRedFlags, ...clean, ...noOtherGrounds, ...indicatorsUnknown,
      nationality: 'moroccan', familyOfEuCitizen: false, birthDate: '1997-05-01',
      entryDate: '2026-03-10', entryVisa: 'short-stay', currentTitle: 'none',
      habitualResidenceSince: '2026-03-10',
      maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2026-04-04', marriagePlace: 'france',
      livingTogether: true, lifeTogetherSince: '2026-03-10', lifeTogetherInFranceSince: '2026-03-10',
      hasFrenchMinorChild: false, ownSeriousIllness: false, hasSickChild: false, employed: false, activity: 'none',
      bornInFrance: false, willSignCer: true, familyTiesInFrance: true, postcode: '69003',
    },
    expectCard: 'ceseda-l423-2',
    expectBasis: ['CESEDA L423-2'],
    expectGroup: 'g-eligible',
  },
  {
    id: 'P02',
    title: 'Malian parent of a French child',
    answers: {
      ...noRedFlags, ...clean, ...noOtherGrounds, ...indicatorsUnknown,
      nationality: 'other', familyOfEuCitizen: false, birthDate: '1992-06-01',
      entryDate: '2019-08-01', entryVisa: 'no-visa', currentTitle: 'none', habitualResidenceSince: '2019-08-01',
      protectionStatus: 'none',
      maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2022-01-12',
      childFrenchThroughRecognition: false, childContribution: 'contributes-now', supportsChildSince: '2022-01-12', recognisedChildAfterBirth: false,
      exercisesParentalAuthority: true, livingTogether: false,
      ownSeriousIllness: false, hasSickChild: false, employed: false, activity: 'none', bornInFrance: false,
      willSignCer: true, familyTiesInFrance: true, postcode: '93100',
    },
    expectCard: 'ceseda-l423-7',
    expectBasis: ['CESEDA L423-7'],
    expectGroup: 'g-eligible',
  },
  {
    id: 'P04',
    title: 'Senegalese adult on dialysis',
    answers: {
      ...noRedFlags, ...clean, ...noOtherGrounds, ...indicatorsUnknown,
      nationality: 'other', familyOfEuCitizen: false, birthDate: '1974-05-01',
      entryDate: '2024-02-14', entryVisa: 'short-stay', currentTitle: 'none', habitualResidenceSince: '2024-02-14',
      protectionStatus: 'none',
      maritalStatus: 'widowed', hasFrenchMinorChild: false, ownSeriousIllness: true, hasSickChild: false,
      employed: false, activity: 'none', bornInFrance: false, willSignCer: true, familyTiesInFrance: false, postcode: '31000',
      ofiiOpinion: 'dont-know',
    },
    expectCard: 'ceseda-l425-9',
    expectBasis: ['CESEDA L425-9'],
    expectGroup: 'g-if-confirmed',
  },
  {
    id: 'P06',
    title: 'Brazilian spouse of an Italian worker',
    answers: {
      ...noRedFlags, ...clean,
      nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker', euRelationship: 'spouse',
      euSpouseStatus: 'together', birthDate: '1993-03-01',
      entryDate: '2026-09-05', entryVisa: 'visa-exempt', currentTitle: 'none', habitualResidenceSince: '2026-09-05',
      maritalStatus: 'married', marriageDate: '2025-01-10', marriagePlace: 'abroad', livingTogether: true,
      partnerIsFrench: false, euFamilyResidenceYears: 0, absencesWithinLimits: true, euAbsencesWithinLimits: 'dont-know',
      euChildCustody: 'dont-know', postcode: '31000',
    },
    expectCard: 'eu-family-core',
    expectBasis: ['CESEDA L200-4', 'CESEDA L233-1'],
    expectGroup: 'g-eligible',
  },
];

/** The evaluation date of the public scenarios. */
export const AS_OF = '2026-11-22T10:00:00';
