// VPF-1 · CST "vie privée et familiale", spouse of a French national (general case).
import type { Card, CardExample } from '../../card';
import { generalRegime, livingTogether, longStayVisa, marriageTranscribedIfAbroad, marriedToFrench, holdsResidenceTitle, SPOUSE_OF_FRENCH_DOCUMENTS } from '../../conditions';
import { all } from '../../logic';

const REF = 'CESEDA L423-1';

export const l423_1: Card = {
  id: 'ceseda-l423-1',
  legalBasis: ['CESEDA L423-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  conditions: all('spouse-of-french-national', [
    generalRegime,
    marriedToFrench(REF),
    marriageTranscribedIfAbroad(REF),
    livingTogether(REF),
    // L412-1: the spouse card needs a long-stay visa, except in the L423-2 case.
    longStayVisa(),
  ], { ref: REF }),
  documents: [
    ...SPOUSE_OF_FRENCH_DOCUMENTS,
    'long-stay-visa',
  ],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 12,
  leadsTo: ['ceseda-l423-6'],
  confidence: 'H',
  // Advice only where L423-2 cannot apply: a marriage abroad or an irregular entry means the
  // visa must come from a consulate (CAA Lyon 3 Apr 2025 n° 24LY01885); an unexecuted OQTF
  // could then bar that visa for 5 years (L312-1A).
  warnings: (s) => {
    const married = s.maritalStatus === 'married' && s.partnerIsFrench === true;
    const noVisa = s.entryVisa !== undefined && s.entryVisa !== 'long-stay' && s.currentTitle !== 'vls-ts';
    const l4232Closed = s.marriagePlace === 'abroad' || s.entryVisa === 'no-visa';
    if (!(married && noVisa && l4232Closed)) return [];
    return holdsResidenceTitle(s) ? ['spouse-visa-from-consulate'] : ['spouse-visa-from-consulate', 'oqtf-visa-bar'];
  },
  sources: ['juriblio L423-1', 'kohenavocats (CAA Lyon 24LY01885)'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Carte de séjour temporaire « vie privée et familiale » – conjoint de Français. */
export const example: CardExample = {
  card: 'ceseda-l423-1',
  situation: {
    residencePeriods: [{ from: '2021-09-01', to: '2022-08-31', kind: 'residence-title', title: 'vls-ts', ground: 'spouse-of-french' }, { from: '2022-09-01', to: '2023-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' }, { from: '2023-09-01', to: '2024-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'family-ties' }, { from: '2024-09-15', to: '2025-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' }, { from: '2025-09-01', to: '2026-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' }, { from: '2026-09-01', to: '2027-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' }],
    removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false,
    maritalStatus: 'married', partnerIsFrench: true, marriagePlace: 'france', livingTogether: true,
    publicOrderConcern: false, polygamy: false,
  },
};
