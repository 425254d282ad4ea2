import type { Card } from '../../card';
import { l423_1 } from './l423-1-spouse-of-french';
import { l423_2 } from './l423-2-spouse-married-in-france';
import { l423_7 } from './l423-7-parent-of-french-child';
import { l425_9 } from './l425-9-sick-foreigner';

export const GENERAL_CARDS: readonly Card[] = [l423_1, l423_2, l423_7, l425_9];
