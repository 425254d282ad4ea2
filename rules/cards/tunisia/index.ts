import type { Card } from '../../card';
import { aft_3_resident } from './aft-3-resident';
import { aft_3_salarie } from './aft-3-salarie';
import { aft_7ter_b } from './aft-7ter-b-resident-since-age-10';
import { aft_10 } from './aft-10-resident-five-years';
import { aft_10_spouse } from './aft-10-spouse-of-french';

/** The general regime (CESEDA cards) also applies to Tunisians: its gate lets them through (art. 11). */
export const TUNISIA_CARDS: readonly Card[] = [aft_3_salarie, aft_3_resident, aft_10, aft_10_spouse, aft_7ter_b];
