// VPF-4 · CST VPF for the spouse admitted under regroupement familial (L423-14). Plein droit
// once RF is authorised; the procedure itself (L434-1 ff., sponsor's resources and housing) is
// the sponsor's OFII file, not a condition of this card.
import type { Card, CardExample } from '../../card';
import { generalRegime, lawfulEntry } from '../../conditions';
import { all, test } from '../../logic';

const REF = 'CESEDA L423-14';

/** The sponsor holds a CST, a CSP or a CR (L423-14). */
export const sponsorHoldsTitle = test('sponsor-holds-residence-title', REF, ['sponsorTitle'], (s) => s.sponsorTitle === 'cst-or-csp' || s.sponsorTitle === 'resident-card');
export const admittedThroughRf = test('admitted-through-family-reunification', REF, ['admittedThroughFamilyReunification'], (s) => s.admittedThroughFamilyReunification === true);

/**
 * VPF-4: the CST of a family member admitted under regroupement familial (L423-14 spouse, L423-15 child). Filed at the
 * préfecture or on ANEF ⚠ once OFII has let the family in, reduced fee; 1 year, then the resident card of L423-16.
 */
export const FAMILY_REUNIFICATION_CARD = {
  regime: 'general',
  kind: 'plein-droit',
  title: 'cst',
  commission: 'plein-droit-vpf', // L432-13 1°: a VPF card of right is refused only after the commission (F-11)
  channel: 'préfecture',
  // "The family member then files at the préfecture or on ANEF ⚠".
  channelVerify: true,
  fee: { tax: 'reduced' },
  durationMonths: 12,
  leadsTo: ['ceseda-l423-16'],
} as const satisfies Partial<Card>;

export const l423_14: Card = {
  ...FAMILY_REUNIFICATION_CARD,
  id: 'ceseda-l423-14',
  legalBasis: ['CESEDA L423-14'],
  conditions: all('family-reunification-spouse', [
    generalRegime,
    admittedThroughRf,
    // RF joins a foreign resident: the spouse of a French national comes under L423-1 instead.
    // Two tests, not one reading both facts: an unmarried person is outside the card whatever the
    // partner's nationality, so "is your partner French?" must not keep it open (VPF-4, L423-14).
    all('spouse-of-foreign-sponsor', [
      test('is-married', REF, ['maritalStatus'], (s) => s.maritalStatus === 'married'),
      test('spouse-is-foreign-national', REF, ['partnerIsFrench'], (s) => s.partnerIsFrench === false),
    ], { ref: REF }),
    // Entered lawfully (RF visa, or RF "sur place", R434-6).
    lawfulEntry(REF),
    sponsorHoldsTitle,
  ], { ref: REF }),
  documents: ['family-reunification-authorisation', 'sponsor-title', 'marriage-certificate', 'passport-visa-and-entry-stamp'],
  confidence: 'H',
  sources: ['juriblio CESEDA IV-II-III section 5', 'french-business-law LEGISCTA000042776344'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Temporary residence card "vie privée et familiale" – spouse (family reunification). */
export const example: CardExample = {
  card: 'ceseda-l423-14',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'none', entryVisa: 'long-stay',
    admittedThroughFamilyReunification: true, sponsorTitle: 'cst-or-csp', maritalStatus: 'married',
    partnerIsFrench: false, publicOrderConcern: false, polygamy: false,
  },
};
