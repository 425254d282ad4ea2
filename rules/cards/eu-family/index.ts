import type { Card } from '../../card';
import { euCore } from './core-family-member';

export const EU_FAMILY_CARDS: readonly Card[] = [euCore];
