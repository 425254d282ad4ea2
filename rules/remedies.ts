/**
 * Remedies and their time limits, written once (issue 16: "the law in one place"). `alerts.ts` computes the
 * person's own deadlines from them, `filing/guide.ts` and the checklist read them, and the locale strings only
 * interpolate the values (`REMEDY_VALUES`): no number of days or article of a remedy is written in filing/,
 * components/ or locales/. Source: shared/legal/filing-fees-remedies.md F-8 to F-12, verified 2026-12-03.
 */
import type { Card } from './card';
import { articleOf, type ArticleRef } from './references';
import type { Situation } from './situation';
import { moreThanYears, type IsoDate } from './dates';
import { dateBounds } from './partial-dates';

/** The article words of a registered reference ("L731-1"), as the locale prose writes them after "article". */
const articleWords = (ref: ArticleRef): string => articleOf(ref).article ?? ref;

/**
 * F-8 · Implicit refusal: the préfecture's silence is a rejection (R432-1) after 4 months (R432-2); some cards
 * declare a shorter delay (`Card.implicitRefusal`: au pair 90 days R432-1, talent 90 / researchers 60 days, décret
 * 2025-539). No decision arises from an incomplete file or one posted when post was not the channel (CE avis
 * 10 Oct 2024, n° 494718): the page says so beside the delay.
 */
export const IMPLICIT_REFUSAL = {
  months: 4,
  ref: 'CESEDA R432-2',
  noDecisionRef: 'CE avis 10 Oct 2024 n° 494718',
} as const satisfies { months: number; ref: ArticleRef; noDecisionRef: ArticleRef };

export type ImplicitRefusalDelay = { months: number; ref: ArticleRef } | { days: number; ref: ArticleRef };

/** Silence that counts as a refusal, for one title: the card's own shorter delay, else 4 months (R432-2; F-8). */
export function implicitRefusalOf(card: Pick<Card, 'implicitRefusal'> | undefined): ImplicitRefusalDelay {
  return card?.implicitRefusal ?? { months: IMPLICIT_REFUSAL.months, ref: IMPLICIT_REFUSAL.ref };
}

/**
 * F-9 · A refusal without an OQTF: an administrative appeal (recours gracieux to the préfet, hiérarchique to the
 * minister) within 2 months, which extends the court deadline; the court challenge (recours pour excès de pouvoir
 * at the tribunal administratif) within 2 months (CJA R421-1, the article the refusal alert cites).
 */
export const ADMINISTRATIVE_APPEAL = { months: 2 } as const;
export const COURT_CHALLENGE = { months: 2, ref: 'CJA R421-1' } as const satisfies { months: number; ref: ArticleRef };

/** Where the person is held decides the OQTF challenge deadline (L614-1 ff.; F-10). */
export type DetentionPlace = 'free' | 'house-arrest-or-prison' | 'retention';

/**
 * F-10 · The OQTF and the decisions notified with it (L614-1 ff., loi 2024-42, in force 15 Jul 2024): 1 month when
 * free, 7 days under house arrest or in prison (counted hour by hour, CAA Lyon 19 Dec 2024), 48 hours in retention.
 * The old 30 days / 15 days / 48 h of L512-1 are replaced.
 */
export const OQTF_CHALLENGE = {
  ref: 'CESEDA L614-1',
  free: { months: 1 },
  'house-arrest-or-prison': { days: 7 },
  retention: { hours: 48 },
} as const satisfies { ref: ArticleRef } & Record<DetentionPlace, { months: number } | { days: number } | { hours: number }>;

/** Shortest first: the order the pages list the cases in when the place is not known. */
export const DETENTION_SHORTEST_FIRST: readonly DetentionPlace[] = ['retention', 'house-arrest-or-prison', 'free'];

/** F-10 "Enforcement": an OQTF can be enforced for 3 years (L731-1 as amended by loi 2024-42; was 1 year). */
export const OQTF_ENFORCEMENT = { years: 3, ref: 'CESEDA L731-1' } as const satisfies { years: number; ref: ArticleRef };

/** The deadline that fits where the person is held; not known (unanswered or "I don't know"): it depends (F-10). */
export function oqtfDetention(s: Situation): DetentionPlace | 'depends' {
  const d = s.detention;
  return d === 'free' || d === 'house-arrest-or-prison' || d === 'retention' ? d : 'depends';
}

/**
 * F-11 · Commission du titre de séjour (L432-13): the person is called at least 15 days ahead; for the AES it is
 * consulted after more than 10 years' habitual residence (L435-1 al. 2). Who must be heard: rules/commission.ts.
 */
export const COMMISSION = { ref: 'CESEDA L432-13', noticeDays: 15, aesResidenceYears: 10 } as const satisfies { ref: ArticleRef; noticeDays: number; aesResidenceYears: number };

/**
 * L435-1 al. 2 (L432-13; F-11, AES-1): a person who "justifie par tout moyen résider en France habituellement depuis
 * plus de dix ans" is refused an AES only after the commission: strictly more than 10 years, not in French Guiana (973)
 * or Mayotte (976). A start known only to the year or month counts from its last possible day (partial-dates.ts), so
 * the referral is said only when it is certain. The one reading of this rule: commission.ts and the L435-1 warning.
 */
export function aesCommissionDue(s: Pick<Situation, 'habitualResidenceSince' | 'postcode'>, asOf: IsoDate): boolean {
  const since = dateBounds(s.habitualResidenceSince);
  const guianaOrMayotte = typeof s.postcode === 'string' && /^97[36]/.test(s.postcode);
  return since !== undefined && !guianaOrMayotte && moreThanYears(since[1], asOf, COMMISSION.aesResidenceYears);
}

/** F-12 · No appointment: the référé "mesures utiles" (CJA L521-3). */
export const REFERE_MESURES_UTILES = { ref: 'CJA L521-3' } as const satisfies { ref: ArticleRef };

/**
 * What the letters of filing/letters.ts invoke: the list of titles filed online and the non-digital alternative
 * ("solution de substitution") its holders are owed when ANEF fails them (R431-2, F-1, F-4), and filing at the
 * préfecture for every title outside that list (R431-3, F-2).
 */
export const FILING_RULES = { onlineListAndAlternative: 'CESEDA R431-2', prefectureFiling: 'CESEDA R431-3' } as const satisfies Record<string, ArticleRef>;

/**
 * The values the remedy strings interpolate (locales: `{{oqtfFreeMonths}}`, `{{enforcementArticle}}`…), so a change
 * of a time limit or an article is one edit here and no locale file. The prose keeps the unit and the code's name
 * ("{{oqtfFreeMonths}} mois", "article {{enforcementArticle}} du CESEDA").
 */
export const REMEDY_VALUES = {
  implicitRefusalMonths: IMPLICIT_REFUSAL.months,
  appealMonths: ADMINISTRATIVE_APPEAL.months,
  courtMonths: COURT_CHALLENGE.months,
  oqtfFreeMonths: OQTF_CHALLENGE.free.months,
  oqtfHouseArrestDays: OQTF_CHALLENGE['house-arrest-or-prison'].days,
  oqtfRetentionHours: OQTF_CHALLENGE.retention.hours,
  enforcementYears: OQTF_ENFORCEMENT.years,
  enforcementArticle: articleWords(OQTF_ENFORCEMENT.ref),
  commissionNoticeDays: COMMISSION.noticeDays,
  commissionAesYears: COMMISSION.aesResidenceYears,
  refereArticle: articleWords(REFERE_MESURES_UTILES.ref),
} as const;
