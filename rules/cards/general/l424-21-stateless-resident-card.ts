// CR-5 · Carte de résident for a stateless person or family member after 4 years under the
// stateless CSP (L424-21; M: the 4-year rule replaced the former 3 years).
import type { Card, CardExample } from '../../card';
import { protectionRegime, lawfulResidenceAtLeast } from '../../conditions';
import { all, any, test } from '../../logic';
import { T } from '../../thresholds';

const REF = 'CESEDA L424-21';

export const l424_21: Card = {
  id: 'ceseda-l424-21',
  legalBasis: ['CESEDA L424-21'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('stateless-resident-card', [
    protectionRegime,
    any('stateless-or-family-of-stateless', [
      test('stateless-status-recognised', REF, ['protectionStatus'], (s) => s.protectionStatus === 'stateless'),
      all('family-of-stateless-person', [
        // The link first, so the relative's protection is asked only of someone who has such a relative.
        test('family-link-to-protected-person', REF, ['familyOfProtected'], (s) => s.familyOfProtected !== 'none'),
        test('relative-holds-stateless', REF, ['protectedRelativeStatus'], (s) => s.protectedRelativeStatus === 'stateless'),
      ], { ref: REF }),
    ], { ref: REF }),
    test('holds-multi-year-card', REF, ['currentTitle'], (s) => s.currentTitle === 'multi-year-card'),
    // "Après quatre années de résidence régulière" under the CSP: lawful residence as a proxy (M).
    lawfulResidenceAtLeast('lawful-residence-4-years', REF, T.statelessResidentCardLawfulYears),
  ], { ref: REF, confidence: 'M' }),
  documents: ['ofpra-decision', 'previous-titles'],
  channel: 'ANEF',
  fee: { tax: 'standard' },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  confidence: 'M',
  sources: ['Légifrance LEGIARTI000042776581', 'doctrine LEGIARTI000042776490'],
};

/** The person this card is for (eligible; tests/conditions-generated.test.ts): Resident card – stateless person after 4 years. */
export const example: CardExample = {
  card: 'ceseda-l424-21',
  situation: {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, currentTitle: 'multi-year-card',
    lawfulResidenceSince: '2021-06-01', protectionStatus: 'stateless', maritalStatus: 'single',
    publicOrderConcern: false, polygamy: false,
  },
};
