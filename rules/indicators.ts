/**
 * Indicators of the case-by-case routes (L435-1, L423-23, AFA 6-5): non-binding guidance the préfet
 * weighs, output apart from the conditions (scenarios README, "Case-by-case routes and indicators").
 * They never change a status; they order the case-by-case routes among themselves and tell the
 * person, in words, how strong the case looks. Ids and sources are those of the README table.
 *
 * Each indicator reads facts only. An unanswered or "I don't know" fact gives `unknown`, never
 * `unmet`; an indicator that cannot concern the person (no child of school age) is left out.
 */
import { atLeastYears, addDays, type IsoDate } from './dates';
import { DONT_KNOW, type FactId } from './facts';
import type { Tri } from './logic';
import { isAnswered, type Situation } from './situation';

/** Circular of 23 Jan 2025 (NOR INTK2435521J; X10): about 7 years of presence, a sign of integration, not a legal bar. */
export const CIRCULAR_PRESENCE_YEARS = 7;

export type IndicatorId =
  | 'presence-7-years'
  | 'french-attested'
  | 'complied-with-removal-orders'
  | 'work-or-job-offer'
  | 'family-in-france'
  | 'children-schooled-in-france'
  | 'few-ties-abroad';

export interface Indicator {
  id: IndicatorId;
  source: string;
  value: Tri;
}

export type Strength = 'strong' | 'mixed' | 'weak';

interface IndicatorDef {
  id: IndicatorId;
  source: string;
  /** `undefined`: the indicator does not concern this person (left out of the list). */
  value: (s: Situation, asOf: IsoDate) => Tri | undefined;
  /** The facts still worth asking to settle it (unanswered ones only are asked). */
  asks: (s: Situation) => readonly FactId[];
}

const answered = (s: Situation, id: FactId) => isAnswered(s, id);
const yes = (s: Situation, id: FactId): Tri => (!answered(s, id) ? 'unknown' : s[id] === true ? 'met' : 'unmet');

/** L612-1: the usual period to leave France voluntarily after an OQTF is 30 days. */
const DEPARTURE_PERIOD_DAYS = 30;

export const INDICATORS: readonly IndicatorDef[] = [
  {
    // Circular of 23 Jan 2025 (NOR INTK2435521J; X10): about 7 years of presence read as a sign of
    // integration, not a legal bar. R423-5 weighs the length of stay for L423-23 too.
    id: 'presence-7-years',
    source: 'circular of 23 Jan 2025 (AES); also weighed for L423-23',
    value: (s, asOf) => (answered(s, 'habitualResidenceSince') ? (atLeastYears(s.habitualResidenceSince as IsoDate, asOf, CIRCULAR_PRESENCE_YEARS) ? 'met' : 'unmet') : 'unknown'),
    asks: () => ['habitualResidenceSince'],
  },
  {
    // Circular of 23 Jan 2025: French "appréciée favorablement", attested by a diploma or a certificate.
    // No level is fixed; A2 (the level of the first multi-year card, R433-5) is read as attested French,
    // A1 as not yet (a beginner's level).
    id: 'french-attested',
    source: 'circular of 23 Jan 2025',
    value: (s) => (!answered(s, 'frenchLevel') ? 'unknown' : ['a2', 'b1', 'b2-or-more'].includes(String(s.frenchLevel)) ? 'met' : 'unmet'),
    asks: () => ['frenchLevel'],
  },
  {
    // Circular of 23 Jan 2025: préfets scrutinise anyone who did not comply with an OQTF. An order still
    // within its departure period (L612-1: 30 days) is not yet ignored, so it stays unknown.
    id: 'complied-with-removal-orders',
    source: 'circular of 23 Jan 2025',
    value: (s, asOf) => {
      if (!answered(s, 'removalOrder')) return 'unknown';
      if (s.removalOrder === 'none') return 'met';
      if (!answered(s, 'removalOrderNotifiedOn')) return 'unknown';
      return addDays(s.removalOrderNotifiedOn as IsoDate, DEPARTURE_PERIOD_DAYS) < asOf ? 'unmet' : 'unknown';
    },
    asks: (s) => (s.removalOrder === 'none' ? ['removalOrder'] : ['removalOrder', 'removalOrderNotifiedOn']),
  },
  {
    // Circular of 23 Jan 2025 (work and a job offer, Cerfa 15186); R423-5 (conditions of existence).
    id: 'work-or-job-offer',
    source: 'circular of 23 Jan 2025; R423-5 (conditions of existence)',
    value: (s) => {
      if (!answered(s, 'employed')) return 'unknown';
      if (s.employed === true) return 'met';
      return yes(s, 'signedJobOffer');
    },
    asks: (s) => (s.employed === false ? ['employed', 'signedJobOffer'] : ['employed']),
  },
  {
    // R423-5 and L423-23: partner, children, parents or siblings living in France.
    id: 'family-in-france',
    source: 'R423-5; L423-23',
    value: (s) => {
      const partnerHere = ['married', 'pacs', 'cohabiting'].includes(String(s.maritalStatus)) && s.livingTogether === true;
      if (s.familyTiesInFrance === true || s.hasFrenchMinorChild === true || partnerHere) return 'met';
      return yes(s, 'familyTiesInFrance');
    },
    asks: () => ['familyTiesInFrance'],
  },
  {
    // Case law on ECHR art. 8 (children's schooling weighs in the proportionality test).
    id: 'children-schooled-in-france',
    source: 'case law on art. 8 ECHR',
    value: (s) => {
      if (!answered(s, 'childrenSchooledInFrance')) return 'unknown';
      if (s.childrenSchooledInFrance === 'no-school-age-children') return undefined;
      return s.childrenSchooledInFrance === 'yes' ? 'met' : 'unmet';
    },
    asks: () => ['childrenSchooledInFrance'],
  },
  {
    // R423-5: the ties kept in the country of origin weigh against the request.
    id: 'few-ties-abroad',
    source: 'R423-5',
    value: (s) => (!answered(s, 'closeFamilyAbroad') ? 'unknown' : s.closeFamilyAbroad === false ? 'met' : 'unmet'),
    asks: () => ['closeFamilyAbroad'],
  },
];

/** The indicators that concern this person, each met / unmet / unknown, with its source. */
export function indicatorsFor(s: Situation, asOf: IsoDate): Indicator[] {
  const out: Indicator[] = [];
  for (const d of INDICATORS) {
    const value = d.value(s, asOf);
    if (value !== undefined) out.push({ id: d.id, source: d.source, value });
  }
  return out;
}

/** Unanswered facts that would settle an indicator still unknown (the wizard asks them once the card is settled). */
export function indicatorQuestions(s: Situation, asOf: IsoDate): FactId[] {
  const out = new Set<FactId>();
  for (const d of INDICATORS) {
    if (d.value(s, asOf) !== 'unknown') continue;
    // In order, the first fact still unanswered; nothing after an "I don't know" or an unanswered fact (issue 14:
    // no "when was the OQTF notified?" before, or after "I don't know" to, "did you receive an OQTF?").
    for (const f of d.asks(s)) {
      if (s[f] === DONT_KNOW) break;
      if (s[f] === undefined) {
        out.add(f);
        break;
      }
    }
  }
  return [...out];
}

/**
 * Strong when most indicators are met, weak when most are unmet, mixed otherwise. "Most" is more than
 * half of the indicators listed; an unknown counts as neither met nor unmet (scenarios README).
 */
export function strengthOf(list: readonly Indicator[]): Strength {
  const met = list.filter((i) => i.value === 'met').length;
  const unmet = list.filter((i) => i.value === 'unmet').length;
  if (met * 2 > list.length) return 'strong';
  if (unmet * 2 > list.length) return 'weak';
  return 'mixed';
}

const RANK: Record<Strength, number> = { strong: 0, mixed: 1, weak: 2 };
/** Sort key: strong before mixed before weak. */
export const strengthRank = (s: Strength | undefined) => (s === undefined ? 3 : RANK[s]);
