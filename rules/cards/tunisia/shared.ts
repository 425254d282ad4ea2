/** Fields every Tunisian accord card shares (TN). */
import type { Card } from '../../card';

/**
 * The accord refers back to the CESEDA for everything it does not cover (art. 11): procedure,
 * fees, public order. CER optional only "in listed cases" (X4), which the sources do not list.
 */
export const TN_COMMON = {
  regime: 'tunisia',
  cer: 'verify',
  fee: { tax: 'standard', verify: true },
} as const satisfies Partial<Card>;

export const TN_SOURCES = ['immigration.interieur.gouv.fr "L\'accord franco-tunisien" (23 Jun 2020)', 'consultation.avocat.fr (Navy; Hervet)'] as const;
