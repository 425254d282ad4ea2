import type { Card } from '../../card';
import { afa_5 } from './afa-5-self-employed';
import { afa_6_1 } from './afa-6-1-ten-years-residence';
import { afa_6_2 } from './afa-6-2-spouse-of-french';
import { afa_6_3 } from './afa-6-3-spouse-of-scientist';
import { afa_6_4 } from './afa-6-4-parent-of-french-child';
import { afa_6_5 } from './afa-6-5-personal-family-ties';
import { afa_6_6 } from './afa-6-6-born-in-france';
import { afa_6_7 } from './afa-6-7-seriously-ill';
import { afa_7_a } from './afa-7-a-visitor';
import { afa_7_b } from './afa-7-b-employee';
import { afa_7_c } from './afa-7-c-regulated-activity';
import { afa_7bis_a } from './afa-7bis-a-spouse-of-french';
import { afa_7bis_b } from './afa-7bis-b-child-or-ascendant-of-french';
import { afa_7bis_c } from './afa-7bis-c-work-accident-pension';
import { afa_7bis_d } from './afa-7bis-d-family-of-ten-year-holder';
import { afa_7bis_e } from './afa-7bis-e-resident-since-age-10';
import { afa_7bis_f } from './afa-7bis-f-ten-years-lawful-stay';
import { afa_7bis_g } from './afa-7bis-g-parent-of-french-child';
import { afa_7bis_h } from './afa-7bis-h-five-years-vpf';
import { afa_7bis_discretionary } from './afa-7bis-discretionary-ten-years';
import { afa_7bis_renewal } from './afa-7bis-renewal-ten-years';
import { afa_7ter } from './afa-7ter-retiree';
import { afa_7ter_spouse } from './afa-7ter-retiree-spouse';

/**
 * Student certificats (protocol Titre III) and travailleur temporaire have no confirmed article
 * letter (DZ-E5, DZ-E6): no card; regroupement familial (art. 4) is an OFII procedure, not a card.
 */
export const ALGERIA_CARDS: readonly Card[] = [
  afa_6_1, afa_6_2, afa_6_3, afa_6_4, afa_6_5, afa_6_6, afa_6_7,
  afa_7bis_renewal, afa_7bis_a, afa_7bis_b, afa_7bis_c, afa_7bis_d, afa_7bis_e, afa_7bis_f, afa_7bis_g, afa_7bis_h, afa_7bis_discretionary,
  afa_7_a, afa_7_b, afa_7_c, afa_5, afa_7ter, afa_7ter_spouse,
];
