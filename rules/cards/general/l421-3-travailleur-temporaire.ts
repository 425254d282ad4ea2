// W-2 · CST "travailleur temporaire" (L421-3): a fixed-term contract (CDD) of any length, an apprenticeship of limited
// duration, or a posting; for the length of the contract (≤ 1 year), renewed for its length; no multi-year card (L433-5).
import type { Card, CardExample } from '../../card';
import { generalRegime } from '../../conditions';
import { all, test } from '../../logic';
import { activityIs, FIXED_TERM_OR_POSTING, visaOrChangeOfStatus, workAuthorisationGranted } from './work-common';

const REF = 'CESEDA L421-3';

export const l421_3: Card = {
  id: 'ceseda-l421-3',
  legalBasis: ['CESEDA L421-3'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  conditions: all('temporary-worker', [
    generalRegime,
    // A salaried job (held or offered), as for L421-1: the seasonal job has its own card (L421-34, W-4), and the
    // talent, ICT, au pair, trainee and volunteer activities theirs.
    activityIs('salaried-job', REF, ['ordinary-job']),
    workAuthorisationGranted(REF),
    // "Sous contrat de travail à durée déterminée" or a posting, whatever the length (W-2, H; corrected 2026-12-03).
    test('fixed-term-contract-or-posting', REF, ['contractType'], (s) => FIXED_TERM_OR_POSTING.includes(String(s.contractType))),
    visaOrChangeOfStatus(REF),
  ], { ref: REF }),
  documents: ['work-authorisation', 'employment-contract'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard' },
  // The length of the contract, at most 1 year; no multi-year card follows (L433-5), hence no leadsTo.
  durationMonths: 12,
  confidence: 'H',
  sources: ['french-business-law L421-3', 'doctrine.fr L421-3 (version of 1 May 2021)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « travailleur temporaire ». */
export const example: CardExample = {
  card: 'ceseda-l421-3',
  situation: {
    removalOrder: 'none', detention: 'free', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
    birthDate: '1994-02-11', currentTitle: 'none', entryDate: '2026-09-01', entryVisa: 'long-stay',
    longStayVisaPurpose: 'employee', habitualResidenceSince: '2026-09-01', protectionStatus: 'none',
    familyOfProtected: 'none', maritalStatus: 'single', hasFrenchMinorChild: false, isChildOfFrenchNational: false,
    isDependentParentOfFrench: false, bornInFrance: false, ownSeriousIllness: false, hasSickChild: false,
    employed: true, activity: 'ordinary-job', workAuthorisation: true, contractType: 'fixed-term-12-months-plus',
    publicOrderConcern: false, polygamy: false, postcode: '69003',
  },
};
