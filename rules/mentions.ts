/** The mention printed on a card, from the ground the person gives (renewals.ts; residence-periods.ts). */
import type { FactValue } from './facts';

type Ground = FactValue<'currentTitleGround'>;

/** The mention printed on a CST (L433-1-1 counts renewals "d'une carte de séjour temporaire portant une mention identique"). */
export type Mention = 'vie-privee-et-familiale' | 'salarie' | 'travailleur-temporaire' | 'etudiant' | 'visiteur' | 'entrepreneur';

export const VPF_GROUNDS: readonly Ground[] = ['spouse-of-french', 'parent-of-french-child', 'family-ties', 'family-reunification', 'health'];

export function mentionOfGround(g: unknown): Mention | undefined {
  if (VPF_GROUNDS.includes(g as Ground)) return 'vie-privee-et-familiale';
  switch (g) {
    case 'employee': return 'salarie';
    case 'temporary-worker': return 'travailleur-temporaire';
    case 'student': return 'etudiant';
    case 'visitor': return 'visiteur';
    default: return undefined;
  }
}

