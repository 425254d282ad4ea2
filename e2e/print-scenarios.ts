/** Public scenarios (shared/scenarios/public.md) as saved answers, for the print tests. */
import type { Lang } from '../locales/languages';

export interface PrintScenario {
  id: string;
  lang: Lang;
  cardId: string;
  answers: Record<string, unknown>;
  /** Text that must be in the PDF (document names in French, legal basis). */
  expect: string[];
}

const none = { removalOrder: 'none', familyOfEuCitizen: false, dublinProcedure: false, refusalPending: false, publicOrderConcern: false };

export const SCENARIOS: PrintScenario[] = [
  {
    // P01: Moroccan spouse of a French national, married in France (L423-2).
    id: 'P01',
    lang: 'fr',
    cardId: 'ceseda-l423-2',
    answers: {
      ...none, nationality: 'moroccan', birthDate: '1997-05-02', entryDate: '2026-03-10', entryVisa: 'short-stay', currentTitle: 'none',
      maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2026-04-04', marriagePlace: 'france', livingTogether: true,
      lifeTogetherSince: '2026-03-10', lifeTogetherInFranceSince: '2026-03-10', hasFrenchMinorChild: false, ownSeriousIllness: false,
      hasSickChild: false, employed: false, polygamy: false, postcode: '69003',
    },
    expect: ['CESEDA L423-2', 'Passeport', 'Acte de naissance', 'Justificatif de domicile'],
  },
  {
    // P02: Malian parent of a French child (L423-7), lives in Montreuil (93).
    id: 'P02',
    lang: 'en',
    cardId: 'ceseda-l423-7',
    answers: {
      ...none, nationality: 'other', birthDate: '1992-03-01', entryDate: '2019-08-15', entryVisa: 'no-visa', currentTitle: 'none',
      maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2022-01-12', childFrenchThroughRecognition: false,
      childContribution: 'contributes-now', supportsChildSince: '2022-01-12', livingTogether: false, ownSeriousIllness: false, hasSickChild: false, employed: false, postcode: '93100',
    },
    expect: ['CESEDA L423-7', 'CESEDA L423-8', 'Passeport', 'Passport'],
  },
  {
    // P04: Senegalese adult on dialysis (L425-9, OFII procedure), Toulouse.
    id: 'P04',
    lang: 'ar',
    cardId: 'ceseda-l425-9',
    answers: {
      ...none, nationality: 'other', birthDate: '1974-06-10', entryDate: '2024-02-14', entryVisa: 'short-stay', currentTitle: 'none',
      habitualResidenceSince: '2024-02-14', maritalStatus: 'widowed', hasFrenchMinorChild: false, ownSeriousIllness: true, hasSickChild: false,
      employed: false, postcode: '31000',
    },
    expect: ['CESEDA L425-9', 'Passeport', 'OFII'],
  },
];
