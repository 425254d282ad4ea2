import type { Card } from '../../card';

export const MOROCCO_CARDS: readonly Card[] = [];
