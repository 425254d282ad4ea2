import type { Card } from '../../card';
import { l423_1 } from './l423-1-spouse-of-french';
import { l423_2 } from './l423-2-spouse-married-in-france';
import { l423_7 } from './l423-7-parent-of-french-child';
import { l425_9 } from './l425-9-sick-foreigner';
// Family, youth, health, protection, victims and resident cards (general-family helper).
import { l423_6 } from './l423-6-spouse-resident-card';
import { l423_10 } from './l423-10-parent-resident-card';
import { l423_11 } from './l423-11-dependent-ascendant';
import { l423_12 } from './l423-12-child-of-french';
import { l423_13 } from './l423-13-born-in-france';
import { l423_14 } from './l423-14-family-reunification-spouse';
import { l423_15 } from './l423-15-family-reunification-child';
import { l423_16 } from './l423-16-family-reunification-resident-card';
import { l423_21 } from './l423-21-arrived-by-13';
import { l423_22 } from './l423-22-child-welfare-by-16';
import { l423_23 } from './l423-23-personal-family-ties';
import { l424_1 } from './l424-1-refugee';
import { l424_3 } from './l424-3-refugee-family';
import { l424_9 } from './l424-9-subsidiary-protection';
import { l424_11 } from './l424-11-subsidiary-protection-family';
import { l424_18 } from './l424-18-stateless';
import { l424_19 } from './l424-19-stateless-family';
import { l424_21 } from './l424-21-stateless-resident-card';
import { l425_1 } from './l425-1-trafficking-complaint';
import { l425_3 } from './l425-3-trafficking-conviction-resident-card';
import { l425_4 } from './l425-4-leaving-prostitution';
import { l425_6, l425_7 } from './l425-6-protection-order';
import { l425_8 } from './l425-8-violence-conviction-resident-card';
import { l425_10 } from './l425-10-parent-of-sick-child';
import { l426_1 } from './l426-1-born-in-france-resident-card';
import { l426_2 } from './l426-2-former-soldier';
import { l426_3 } from './l426-3-foreign-legion';
import { l426_4 } from './l426-4-permanent-resident';
import { l426_5 } from './l426-5-work-accident-cst';
import { l426_6 } from './l426-6-work-accident-resident-card';
import { l426_7 } from './l426-7-work-accident-survivor';
import { l426_8 } from './l426-8-retiree';
import { l426_9 } from './l426-9-retiree-spouse';
import { l426_10 } from './l426-10-economic-contribution';
import { l426_17 } from './l426-17-eu-long-term-resident';
// Work, study, other and AES cards (general-work helper).
import { l421_1 } from './l421-1-salarie';
import { l421_3 } from './l421-3-travailleur-temporaire';
import { l421_5 } from './l421-5-entrepreneur';
import { l421_9 } from './l421-9-talent-qualified-employee';
import { l421_11 } from './l421-11-blue-card';
import { l421_13_1 } from './l421-13-1-talent-medical';
import { l421_14 } from './l421-14-talent-researcher';
import { l421_16 } from './l421-16-talent-project';
import { l421_19 } from './l421-19-talent-legal-representative';
import { l421_20 } from './l421-20-talent-artist';
import { l421_21 } from './l421-21-talent-renown';
import { l421_22 } from './l421-22-talent-family';
import { l421_26 } from './l421-26-ict';
import { l421_34 } from './l421-34-seasonal';
import { l422_1 } from './l422-1-student';
import { l422_1_multiYear } from './l422-1-student-multi-year';
import { l422_10 } from './l422-10-job-search';
import { l426_20 } from './l426-20-visitor';
import { l426_21 } from './l426-21-volunteer';
import { l426_22 } from './l426-22-au-pair';
import { l426_23 } from './l426-23-trainee';
import { l433_4_salarie } from './l433-4-salarie-multi-year';
// The title held: renewals and multi-year cards after a CST (renewals helper; X6).
import { l433_2 } from './l433-2-resident-card-renewal';
import { l433_4_familyReunification, l433_4_familyTies, l433_4_parent, l433_4_spouse } from './l433-4-family-multi-year';
import { l435_1 } from './l435-1-aes';
import { l435_2 } from './l435-2-oacas';
import { l435_3 } from './l435-3-ase-16-18';
import { l435_4 } from './l435-4-shortage-occupations';

/** Family, youth, health, protection, victim and resident cards. */
const FAMILY_CARDS: readonly Card[] = [
  l423_6, l423_10, l423_11, l423_12, l423_13, l423_14, l423_15, l423_16, l423_21, l423_22, l423_23, l424_1, l424_3, l424_9, l424_11, l424_18, l424_19, l424_21, l425_1, l425_3, l425_4, l425_6, l425_7, l425_8, l425_10, l426_1, l426_2, l426_3, l426_4, l426_5, l426_6, l426_7, l426_8, l426_9, l426_10, l426_17,
];

/** Work, study, "other" and AES cards (sections C to F). L435-1 is a gate card (dependsOn). */
const WORK_CARDS: readonly Card[] = [
  l421_1, l433_4_salarie, l421_3, l421_5, l421_9, l421_11, l421_13_1, l421_14, l421_16, l421_19, l421_20, l421_21, l421_22, l421_26, l421_34,
  l422_1, l422_1_multiYear, l422_10, l426_20, l426_21, l426_22, l426_23, l435_1, l435_2, l435_3, l435_4,
];

/** Renewals of the title held and the multi-year cards that follow a family CST (X6). */
const RENEWAL_CARDS: readonly Card[] = [l433_2, l433_4_spouse, l433_4_parent, l433_4_familyTies, l433_4_familyReunification];

export const GENERAL_CARDS: readonly Card[] = [l423_1, l423_2, l423_7, l425_9, ...FAMILY_CARDS, ...WORK_CARDS, ...RENEWAL_CARDS];
