/** Every card, in the routing order of the legal README (rule 5). */
import type { Card } from './card';
import { EU_FAMILY_CARDS } from './cards/eu-family';
import { ALGERIA_CARDS } from './cards/algeria';
import { GENERAL_CARDS } from './cards/general';
import { TUNISIA_CARDS } from './cards/tunisia';
import { MOROCCO_CARDS } from './cards/morocco';

export const CATALOGUE: readonly Card[] = [...EU_FAMILY_CARDS, ...ALGERIA_CARDS, ...GENERAL_CARDS, ...TUNISIA_CARDS, ...MOROCCO_CARDS];

export const cardById = (id: string) => CATALOGUE.find((c) => c.id === id);
