// X6 · CSP "vie privée et familiale" after a 1-year family CST, and its renewal (L433-4 with L423-1, L423-7, L423-23,
// L423-14/L423-15). Verified 2026-12-03 (legal README correction 3: "a CSP follows any 1-year CST, the family ones
// included (L433-4), with CIR + civic exam + A2 for the first CSP only").
// Each card keeps the conditions of the CST it follows (L433-4 2°: "continue de remplir les conditions de délivrance
// de la carte de séjour temporaire dont il était titulaire"), without the entry ones (visa, lawful entry: X6).
// Length: family CSPs probably last 2 years (old L313-18; current text not seen, X6 ⚠ M-L): verify note.
import type { ArticleRef } from '../../references';
import type { Card, DocumentSpec, CardId, CardExample } from '../../card';
import { generalRegime, livingTogether, marriageTranscribedIfAbroad, marriedToFrench, SPOUSE_OF_FRENCH_DOCUMENTS } from '../../conditions';
import type { FactValue } from '../../facts';
import { all, any, test, type Condition } from '../../logic';
import { contributesSinceBirthOrTwoYears, frenchParentContributesIfRecognition, parentOfFrenchMinorChild } from './l423-7-parent-of-french-child';
import { FIRST_CSP_DOCUMENTS, firstMultiYearOrRenewal, holdsCardOnThisGround } from './multi-year-common';

type Ground = FactValue<'currentTitleGround'>;

interface Spec {
  id: CardId;
  article: ArticleRef;
  ground: Ground;
  stillMeets: readonly Condition[];
  documents: readonly DocumentSpec[];
  channel: Card['channel'];
  channelVerify?: boolean;
  fee: Card['fee'];
  leadsTo: readonly CardId[];
  sources: readonly string[];
}

function familyMultiYear(spec: Spec): Card {
  return {
    id: spec.id,
    legalBasis: [spec.article, 'CESEDA L433-4'],
    regime: 'general',
    kind: 'plein-droit',
    title: 'csp',
    commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
    conditions: all(`multi-year-${spec.ground}`, [
      generalRegime,
      holdsCardOnThisGround(spec.ground),
      all('still-meets-card-conditions', spec.stillMeets, { ref: spec.article }),
      firstMultiYearOrRenewal(),
    ], { ref: 'CESEDA L433-4' }),
    documents: [...spec.documents, 'previous-titles', ...FIRST_CSP_DOCUMENTS],
    channel: spec.channel,
    ...(spec.channelVerify ? { channelVerify: true } : {}),
    fee: spec.fee,
    durationMonths: 24,
    leadsTo: spec.leadsTo,
    confidence: 'H',
    verify: ['family-csp-duration'],
    sources: [...spec.sources, 'legal.tricoteuses.fr LEGIARTI000042776902 (L411-4, cited by legal/ X6)', 'service-public F39530 (30 Jan 2026)'],
  };
}

/** VPF-1: still married to a French national, living together, marriage abroad transcribed (L423-1). */
export const l433_4_spouse = familyMultiYear({
  id: 'ceseda-l433-4-spouse',
  article: 'CESEDA L423-1',
  ground: 'spouse-of-french',
  stillMeets: [marriedToFrench('CESEDA L423-1'), marriageTranscribedIfAbroad('CESEDA L423-1'), livingTogether('CESEDA L423-1')],
  documents: SPOUSE_OF_FRENCH_DOCUMENTS,
  // Family of French nationals: ANEF since 5 Apr 2023 (F-1).
  channel: 'ANEF',
  fee: { tax: 'standard' },
  leadsTo: ['ceseda-l423-6'],
  sources: ['juriblio L423-1'],
});

/**
 * VPF-3: still the parent of a minor French child living in France, contributing since the birth or for 2 years, and
 * (L423-8) after a recognition the French parent contributes or a judge has ruled. Same reading as L423-10.
 */
export const l433_4_parent = familyMultiYear({
  id: 'ceseda-l433-4-parent',
  article: 'CESEDA L423-7',
  ground: 'parent-of-french-child',
  stillMeets: [
    ...parentOfFrenchMinorChild,
    contributesSinceBirthOrTwoYears('CESEDA L423-7'),
    frenchParentContributesIfRecognition,
  ],
  documents: [
    'child-birth-certificate',
    'child-french-nationality-proof',
    'proof-of-contribution-to-child',
    { id: 'french-parent-contribution-proof', when: (s) => s.childFrenchThroughRecognition === true },
  ],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  leadsTo: ['ceseda-l423-10'],
  sources: ['replick (CAA Paris 15 Mar 2023, 22PA03000)'],
});

/** VPF-7: the ties still make a refusal disproportionate (ECHR art. 8): the préfet's assessment, never met here. */
export const l433_4_familyTies = familyMultiYear({
  id: 'ceseda-l433-4-family-ties',
  article: 'CESEDA L423-23',
  ground: 'family-ties',
  stillMeets: [test('ties-still-justify-stay', 'CESEDA L423-23', [], () => true, { assessedBy: 'prefet' })],
  documents: ['proof-of-presence-each-year'],
  // L423-23 outside family-of-French cases stays at the préfecture (F-2).
  channel: 'préfecture',
  fee: { tax: 'standard' },
  leadsTo: ['ceseda-l426-17'],
  sources: ['french-business-law L423-23'],
});

/**
 * VPF-4: a spouse admitted under regroupement familial still lives with the sponsor (L423-17: for 3 years after the
 * authorisation a breakdown allows a refusal of renewal; never after violence, L423-18); a child has no such condition.
 */
export const l433_4_familyReunification = familyMultiYear({
  id: 'ceseda-l433-4-joining-family',
  article: 'CESEDA L423-14',
  ground: 'family-reunification',
  stillMeets: [
    any('life-together-if-spouse', [
      test('not-married', 'CESEDA L423-17', ['maritalStatus'], (s) => s.maritalStatus !== 'married'),
      livingTogether('CESEDA L423-17'),
    ], { ref: 'CESEDA L423-17', confidence: 'M' }),
  ],
  documents: ['sponsor-title'],
  channel: 'préfecture',
  channelVerify: true,
  // F-7: L423-14 and L423-15 are at the reduced rate.
  fee: { tax: 'reduced' },
  leadsTo: ['ceseda-l423-16'],
  sources: ['french-business-law LEGISCTA000042776344'],
});

/** The people these cards are for (tests/conditions-generated.test.ts). */
export const examples: readonly CardExample[] = [
  // Multi-year residence card, "private and family life" (spouse of a French national) (eligible).
  {
    card: 'ceseda-l433-4-spouse',
    situation: {
      removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
      birthDate: '1988-03-01', currentTitle: 'cst-1-year', currentTitleGround: 'spouse-of-french',
      currentTitleExpiry: '2027-06-10', lawfulResidenceSince: '2022-06-11', maritalStatus: 'married',
      partnerIsFrench: true, marriageDate: '2021-06-01', marriagePlace: 'france', livingTogether: true,
      frenchLevel: 'a2', cirFollowed: true, civicExamPassed: true, schooledInFrance: false,
      integrationMedicalExemption: false, publicOrderConcern: false, polygamy: false,
    },
  },
  // Multi-year residence card, "private and family life" (parent of a French child) (eligible).
  {
    card: 'ceseda-l433-4-parent',
    situation: {
      removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
      currentTitle: 'cst-1-year', currentTitleGround: 'parent-of-french-child', lawfulResidenceSince: '2024-01-01',
      maritalStatus: 'single', hasFrenchMinorChild: true, frenchChildBirthDate: '2019-05-01',
      childFrenchThroughRecognition: false, supportsChildSince: '2019-05-01', frenchLevel: 'a2', cirFollowed: true,
      civicExamPassed: true, schooledInFrance: false, integrationMedicalExemption: false, publicOrderConcern: false,
      polygamy: false,
    },
  },
  // Multi-year residence card, "private and family life" (personal and family ties) (possible).
  {
    card: 'ceseda-l433-4-family-ties',
    situation: {
      removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
      currentTitle: 'cst-1-year', currentTitleGround: 'family-ties', lawfulResidenceSince: '2024-01-01',
      maritalStatus: 'single', frenchLevel: 'b1', cirFollowed: true, civicExamPassed: true, schooledInFrance: false,
      integrationMedicalExemption: false, publicOrderConcern: false, polygamy: false,
    },
  },
  // Multi-year residence card, "private and family life" (family reunification) (eligible).
  {
    card: 'ceseda-l433-4-joining-family',
    situation: {
      removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
      currentTitle: 'multi-year-card', currentTitleGround: 'family-reunification',
      timeOutsideFrance: 'under-6-months-a-year', maritalStatus: 'married', livingTogether: true,
      publicOrderConcern: false, polygamy: false,
    },
  },
];
