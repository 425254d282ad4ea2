/**
 * People who meet several general-regime cards (issue 16: each card file exports its example person; where two
 * cards fit the same person, the person is written once here and both cards name it).
 */
import type { Situation } from '../../situation';

/**
 * A master's graduate on a student card who has found a permanent job (CDI) with a granted work authorisation:
 * a change of status to "salarié" (L421-1), or the job-search card after the degree (L422-10).
 */
export const MASTER_GRADUATE_WITH_PERMANENT_JOB: Situation = {
  removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
  birthDate: '2000-03-01', currentTitle: 'multi-year-card', currentTitleGround: 'student',
  currentTitleExpiry: '2027-03-31', lawfulResidenceSince: '2021-09-01', maritalStatus: 'single', employed: false,
  activity: 'ordinary-job', workAuthorisation: true, contractType: 'permanent', annualGrossPay: 34600,
  masterLevelDegree: true, healthInsurance: true, publicOrderConcern: false, polygamy: false,
};

/**
 * A 10-year resident card holder, living in France, who passed B1 and the civic exam: the renewal of the card
 * (L433-2) or the permanent resident card at the second renewal (L426-4).
 */
export const RESIDENT_CARD_HOLDER: Situation = {
  removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, birthDate: '1980-01-01',
  currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-05-01',
  timeOutsideFrance: 'under-6-months-a-year', residentCardRenewedBefore: false, maritalStatus: 'single',
  frenchLevel: 'b1', civicExamPassed: true, schooledInFrance: false, integrationMedicalExemption: false,
  publicOrderConcern: false, polygamy: false,
};
