/** What the three "membre de la famille d'un citoyen de l'Union/EEE/Suisse" cards share (eu-family.md EU-1, EU-2, EU-3, EU-4). */
import type { Card } from '../../card';

/** Core family (L200-4): the spouse, a child under 21 or dependent, a dependent ascendant. Everyone else is "other" (L200-5). */
export const CORE_FAMILY_RELATIONSHIPS: readonly string[] = ['spouse', 'child-under-21', 'child-dependent', 'parent-dependent'];

/**
 * The card of EU-3: 5 years (R233-15), free (Directive 2004/38 art. 25(2); F19315), filed on ANEF since 5 Apr 2023, the
 * CER optional, then permanent residence after 5 years (EU-5). Only public order can bar a right that comes from EU law
 * (EU-3), besides a removal order being enforced.
 */
export const EU_FAMILY_CARD = {
  regime: 'eu-family',
  title: 'eu-family-card',
  reservations: ['public-order', 'pending-removal-order'],
  channel: 'ANEF',
  cer: 'optional',
  fee: { tax: 'free', regularisationVisaExempt: true },
  durationMonths: 60,
  leadsTo: ['eu-family-permanent'],
} as const satisfies Partial<Card>;
