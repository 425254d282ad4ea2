/** Fields every Moroccan accord card shares (MA). */
import type { Card } from '../../card';

export const MA_COMMON = {
  regime: 'morocco',
  fee: { tax: 'standard', verify: true },
} as const satisfies Partial<Card>;

export const MA_SOURCES = ['immigration.interieur.gouv.fr "L\'accord franco-marocain"', 'legal.tricoteuses.fr JORFARTI000001388258', 'gillioen-avocat'] as const;
