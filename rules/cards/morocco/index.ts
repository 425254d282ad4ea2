import type { Card } from '../../card';
import { afm_3_resident } from './afm-3-resident';
import { afm_3_salarie } from './afm-3-salarie';

/** The accord governs only the salarié title (MA-1); everything else is the CESEDA general regime (MA-5). */
export const MOROCCO_CARDS: readonly Card[] = [afm_3_salarie, afm_3_resident];
