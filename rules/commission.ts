/**
 * F-11 (L432-13): when the préfet must consult the commission du titre de séjour before refusing,
 * for one card and one person. The cards declare their case (Card.commission); this reads it:
 *  - a plein-droit "vie privée et familiale" card (L423-x, L425-9): `commission: 'plein-droit-vpf'`;
 *  - a plein-droit carte de résident: its `title`;
 *  - AES (L435-1, `commission: 'aes-10-years'`) to someone with more than 10 years' habitual residence
 *    (`aesCommissionDue`, rules/remedies.ts), never to an Algerian: L435-1 and its commission referral do not apply to them
 *    (DZ-GEN; CE avis 22 Mar 2010, n° 333679).
 * Only when the person actually meets the plein-droit conditions (CE 2000 case law), so the page
 * words it as "if the préfecture refuses although you meet the conditions".
 */
import type { CardResult } from './evaluate';
import type { IsoDate } from './dates';
import type { Situation } from './situation';
import { aesCommissionDue, COMMISSION } from './remedies';
import { cardById } from './catalogue';

/** The article that requires the commission (F-11; verified 2026-12-03): shown beside the remedy (rules/remedies.ts). */
export const COMMISSION_REF = COMMISSION.ref;

export type CommissionCase = 'plein-droit-vpf' | 'plein-droit-cr' | 'aes-10-years';

export function commissionCase(result: Pick<CardResult, 'id' | 'kind' | 'title'>, s: Situation, asOf: IsoDate): CommissionCase | null {
  const declared = cardById(result.id)?.commission;
  if (result.kind === 'plein-droit') {
    if (result.title === 'cr' || result.title === 'cr-permanent') return 'plein-droit-cr';
    if ((result.title === 'cst' || result.title === 'csp') && declared === 'plein-droit-vpf') return 'plein-droit-vpf';
  }
  if (declared === 'aes-10-years' && s.nationality !== 'algerian' && aesCommissionDue(s, asOf)) return 'aes-10-years';
  return null;
}
