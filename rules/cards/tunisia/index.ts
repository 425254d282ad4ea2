import type { Card } from '../../card';

export const TUNISIA_CARDS: readonly Card[] = [];
