import type { Card } from '../../card';
import { afa_6_2 } from './afa-6-2-spouse-of-french';

export const ALGERIA_CARDS: readonly Card[] = [afa_6_2];
