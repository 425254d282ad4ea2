import type { Card } from '../../card';
import { euCore } from './core-family-member';
import { euOther } from './other-family-member';
import { euPermanent } from './permanent-residence';
import { euRetained } from './retained-right';

export const EU_FAMILY_CARDS: readonly Card[] = [euCore, euOther, euRetained, euPermanent];
