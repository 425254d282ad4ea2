/**
 * The document catalogue: each id has the rule that requires it. What counts as proof
 * is written in locales/<lang>/documents.json under the same id.
 * Common set: CESEDA Annexe 10 (X7).
 */
import type { ArticleRef } from './references';

export const DOCUMENTS = {
  // Annexe 10 common set (X7).
  passport: { group: 'identity', ref: 'CESEDA Annexe 10' },
  'birth-certificate': { group: 'civil-status', ref: 'CESEDA Annexe 10' },
  'proof-of-address': { group: 'residence', ref: 'CESEDA Annexe 10' },
  photos: { group: 'identity', ref: 'CESEDA Annexe 10' },
  'tax-stamps': { group: 'specific', ref: 'CESEDA L436-1' },
  'non-polygamy-statement': { group: 'civil-status', ref: 'CESEDA L412-6' },
  'signed-cer': { group: 'specific', ref: 'CESEDA L412-7' },
  'current-title': { group: 'identity', ref: 'CESEDA Annexe 10' },
  // Entry and presence.
  'passport-visa-and-entry-stamp': { group: 'identity', ref: 'CESEDA L412-1' },
  'long-stay-visa': { group: 'identity', ref: 'CESEDA L412-1' },
  'proof-of-presence-each-year': { group: 'residence', ref: 'CESEDA L435-1' },
  'proof-of-habitual-residence': { group: 'residence', ref: 'CESEDA L425-9' },
  'previous-titles': { group: 'residence', ref: 'CESEDA L426-17' },
  'list-of-trips-abroad': { group: 'residence', ref: 'CESEDA L426-17' },
  'hosting-certificate': { group: 'residence', ref: 'CESEDA Annexe 10' },
  // Marriage and partners.
  'marriage-certificate-french': { group: 'civil-status', ref: 'CESEDA L423-1' },
  'marriage-transcription': { group: 'civil-status', ref: 'CESEDA L423-1' },
  'spouse-french-nationality-proof': { group: 'civil-status', ref: 'CESEDA L423-1' },
  'proof-of-life-together': { group: 'specific', ref: 'CESEDA L423-1' },
  'proof-of-6-months-together-in-france': { group: 'specific', ref: 'CESEDA L423-2' },
  'pacs-and-non-dissolution': { group: 'civil-status', ref: 'CESEDA L200-5' },
  'proof-of-1-year-together': { group: 'specific', ref: 'CESEDA L200-5' },
  'marriage-certificate': { group: 'civil-status', ref: 'CESEDA R233-15' },
  // Children.
  'child-birth-certificate': { group: 'civil-status', ref: 'CESEDA L423-7' },
  'child-french-nationality-proof': { group: 'civil-status', ref: 'CESEDA L423-7' },
  'proof-of-contribution-to-child': { group: 'resources', ref: 'CESEDA L423-7' },
  'family-court-ruling': { group: 'specific', ref: 'CESEDA L423-8' },
  'school-or-doctor-statements': { group: 'specific', ref: 'CESEDA L423-7' },
  'french-parent-contribution-proof': { group: 'specific', ref: 'CESEDA L423-8' },
  'recognition-record': { group: 'civil-status', ref: 'AFA 6-4' },
  'parental-authority-proof': { group: 'specific', ref: 'AFA 6-4' },
  // Health.
  'ofii-medical-certificate': { group: 'specific', ref: 'CESEDA R425-11' },
  'hospital-treatment-certificate': { group: 'specific', ref: 'CESEDA L425-10' },
  'proof-of-care-for-child': { group: 'specific', ref: 'CESEDA L425-10' },
  // Youth.
  'school-records-each-year': { group: 'specific', ref: 'CESEDA L423-21' },
  'proof-of-living-with-parent': { group: 'residence', ref: 'CESEDA L423-21' },
  'placement-order': { group: 'specific', ref: 'CESEDA L423-22' },
  'training-contract-and-reports': { group: 'specific', ref: 'CESEDA L423-22' },
  'host-structure-report': { group: 'specific', ref: 'CESEDA L423-22' },
  // Work and study.
  'aes-request-form': { group: 'specific', ref: 'CESEDA L435-4' },
  payslips: { group: 'resources', ref: 'CESEDA L435-4' },
  'employment-contract': { group: 'resources', ref: 'CESEDA L421-1' },
  'employer-certificate': { group: 'resources', ref: 'CESEDA L435-4' },
  'work-authorisation': { group: 'specific', ref: 'CESEDA L421-1' },
  'french-language-evidence': { group: 'specific', ref: 'CESEDA L413-7' },
  'civic-exam-certificate': { group: 'specific', ref: 'CESEDA L413-7' },
  'enrolment-certificate': { group: 'specific', ref: 'CESEDA L422-1' },
  'transcript-of-results': { group: 'specific', ref: 'CESEDA L422-1' },
  'proof-of-resources': { group: 'resources', ref: 'CESEDA L422-1' },
  'health-insurance-certificate': { group: 'resources', ref: 'CESEDA L426-17' },
  'tax-notices': { group: 'resources', ref: 'CESEDA L426-17' },
  'pension-award-letters': { group: 'resources', ref: 'CESEDA L426-17' },
  diploma: { group: 'specific', ref: 'CESEDA L422-10' },
  'work-accident-pension-decision': { group: 'specific', ref: 'CESEDA L426-5' },
  'military-service-records': { group: 'specific', ref: 'CESEDA L426-2' },
  'complaint-or-testimony-receipt': { group: 'specific', ref: 'CESEDA L425-1' },
  'protection-order': { group: 'specific', ref: 'CESEDA L425-6' },
  'conviction-judgment': { group: 'specific', ref: 'CESEDA L425-3' },
  'exit-programme-decision': { group: 'specific', ref: 'CESEDA L425-4' },
  'legion-good-conduct-certificate': { group: 'specific', ref: 'CESEDA L426-3' },
  'spouse-retiree-card': { group: 'specific', ref: 'CESEDA L426-9' },
  'investment-or-jobs-evidence': { group: 'specific', ref: 'CESEDA L426-10' },
  'oacas-certificate': { group: 'specific', ref: 'CESEDA L435-2' },
  'business-registration-and-plan': { group: 'specific', ref: 'CESEDA L421-5' },
  'hosting-agreement-research': { group: 'specific', ref: 'CESEDA L421-14' },
  'internship-agreement': { group: 'specific', ref: 'CESEDA L426-23' },
  'au-pair-agreement': { group: 'specific', ref: 'CESEDA L426-22' },
  'volunteer-contract': { group: 'specific', ref: 'CESEDA L426-21' },
  'undertaking-not-to-work': { group: 'specific', ref: 'CESEDA L426-20' },
  'ict-assignment-letter': { group: 'specific', ref: 'CESEDA L421-26' },
  'medical-practice-authorisation': { group: 'specific', ref: 'CESEDA L421-13-1' },
  'proof-of-artistic-activity': { group: 'specific', ref: 'CESEDA L421-20' },
  'proof-of-renown': { group: 'specific', ref: 'CESEDA L421-21' },
  'proof-of-home-abroad': { group: 'residence', ref: 'CESEDA L421-34' },
  'cir-attendance-certificate': { group: 'specific', ref: 'CESEDA L433-4' },
  // Protection.
  'ofpra-decision': { group: 'specific', ref: 'CESEDA L424-1' },
  'family-link-to-protected-person': { group: 'civil-status', ref: 'CESEDA L424-3' },
  // Family reunification and dependants.
  'family-reunification-authorisation': { group: 'specific', ref: 'CESEDA L423-14' },
  'sponsor-title': { group: 'specific', ref: 'CESEDA L423-14' },
  'proof-of-dependency': { group: 'resources', ref: 'CESEDA L423-11' },
  'parent-french-nationality-proof': { group: 'civil-status', ref: 'CESEDA L423-12' },
  // EU family.
  'eu-citizen-identity': { group: 'identity', ref: 'CESEDA L233-1' },
  'eu-citizen-right-of-residence': { group: 'specific', ref: 'CESEDA L233-1' },
  'family-link-to-eu-citizen': { group: 'civil-status', ref: 'CESEDA L200-4' },
  'proof-of-5-years-residence': { group: 'residence', ref: 'CESEDA L234-1' },
  'divorce-or-death-papers': { group: 'civil-status', ref: 'CESEDA R233-9' },
  'medical-certificates-and-care-proof': { group: 'specific', ref: 'CESEDA L200-5' },
} as const satisfies Record<string, { group: DocumentGroup; ref: ArticleRef }>;

export type DocumentGroup = 'identity' | 'civil-status' | 'residence' | 'resources' | 'specific';
export const DOCUMENT_GROUPS: readonly DocumentGroup[] = ['identity', 'civil-status', 'residence', 'resources', 'specific'];
export type DocumentId = keyof typeof DOCUMENTS;
