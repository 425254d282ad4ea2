/**
 * The title held now: renewals, changes of status and the filing window (general-regime.md X6; F-6).
 * Verified 2026-12-03 against general-regime.md X5, X6, filing-fees-remedies.md F-1, F-6, F-7 and
 * algeria-tunisia-morocco.md DZ-0, DZ-10.
 *
 * "Renewal of the same card is a renewal, not a first issue: no visa (L412-1 applies only to a first issue), no exam,
 * no language level. Every tool must know the title held now (mention, ground, dates, how many consecutive
 * renewals) before it can say what comes next." (X6)
 *
 * The cards stay declarative: a card that issues a title on a ground (CARD_GROUND) is, for a person who holds a card
 * on that same ground, the renewal of that card (L433-1: "continue de remplir les conditions requises pour la
 * délivrance de cette carte"). `heldTitleConditions` adapts its condition tree to the title held, for this person
 * only (nothing changes for someone who holds no title, so first-issue traces stay as the card file wrote them):
 *  - renewal of the same ground, or the next card on it: the entry conditions (long-stay visa, lawful entry) are
 *    replaced by a met node `entry-checked-at-first-card` (L412-1 is for a first issue; X6);
 *  - a 1-year CST of a mention the person has already had renewed 3 times in a row, for someone bound by the CIR:
 *    `renewal-cap-l433-1-1` (L433-1-1; those exempt under L413-5 are not capped);
 *  - a lower title than the one held (a CST or CSP for a resident-card holder, a CST for the holder of a multi-year
 *    card with the same mention, a 1-year certificat for the holder of a 10-year one): `not-below-title-held`. This
 *    is the tool's convention, like the EU-family gate (scenarios/README.md): the person renews the title held.
 * A change of status (a card on another ground, for someone who holds a card) is a first issue of the new title
 * (X6): its own conditions apply, with a `change-of-status` note and the renewal-rate fee flagged (F-7 ⚠, M).
 */
import type { ArticleRef } from './references';
import type { Card, CardId, Deadline } from './card';
import type { FactValue } from './facts';
import { all, any, test, type Condition, type EvalContext } from './logic';
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';
import { isAnswered, type Situation } from './situation';
import { mentionOfGround, type Mention } from './mentions';

export { mentionOfGround, type Mention };

type Ground = FactValue<'currentTitleGround'>;
type Held = FactValue<'currentTitle'>;

/**
 * Not bound by the CIR (L413-5, R413-7; X5): students, seasonal and temporary workers, L425-9 (health), L423-13,
 * visitors, trainees, talent. Read from the ground of the card held. Protection holders hold a CSP or CR, never a CST.
 */
const CIR_EXEMPT_GROUNDS: readonly Ground[] = ['student', 'visitor', 'temporary-worker', 'health', 'talent'];
const CIR_EXEMPT_MENTIONS: readonly Mention[] = ['etudiant', 'visiteur', 'travailleur-temporaire'];

/**
 * Which ground each card issues its title on. A card listed here renews the card held on the same ground, or is the
 * next card on it (a CSP, a resident card or a 10-year certificat after a 1-year card: "filed like a renewal"). The
 * general-regime cards renew a VLS-TS, a CST or a CSP; the Algerian ones a 1-year certificat (art. 9 lists no visa
 * for a renewal either: the visa is an entry condition, DZ-0).
 */
export const CARD_GROUND: Readonly<Partial<Record<CardId, Ground>>> = {
  'ceseda-l423-1': 'spouse-of-french',
  'ceseda-l423-2': 'spouse-of-french',
  'ceseda-l433-4-spouse': 'spouse-of-french',
  'ceseda-l423-6': 'spouse-of-french',
  'ceseda-l423-7': 'parent-of-french-child',
  'ceseda-l423-10': 'parent-of-french-child',
  'ceseda-l433-4-parent': 'parent-of-french-child',
  'ceseda-l423-23': 'family-ties',
  'ceseda-l433-4-family-ties': 'family-ties',
  'ceseda-l423-14': 'family-reunification',
  'ceseda-l423-15': 'family-reunification',
  'ceseda-l423-16': 'family-reunification',
  'ceseda-l433-4-joining-family': 'family-reunification',
  'ceseda-l425-9': 'health',
  'ceseda-l421-1': 'employee',
  'ceseda-l433-4-salarie': 'employee',
  'ceseda-l421-3': 'temporary-worker',
  'ceseda-l422-1': 'student',
  'ceseda-l422-1-multi-year': 'student',
  'ceseda-l426-20': 'visitor',
  'afa-6-2': 'spouse-of-french',
  'afa-6-4': 'parent-of-french-child',
  'afa-6-5': 'family-ties',
  'afa-6-7': 'health',
  'afa-7-a': 'visitor',
  'afa-7-b': 'employee',
  // The 10-year certificat that follows the 1-year one on the same ground (DZ-10a, DZ-10g).
  'afa-7bis-a': 'spouse-of-french',
  'afa-7bis-g': 'parent-of-french-child',
};

/** The mention of each 1-year CST card (VPF-1…14, W-1…3, S-1, O-1), for the L433-1-1 cap and the CSP holder. */
export const CST_MENTION: Readonly<Partial<Record<CardId, Mention>>> = {
  'ceseda-l423-1': 'vie-privee-et-familiale',
  'ceseda-l423-2': 'vie-privee-et-familiale',
  'ceseda-l423-7': 'vie-privee-et-familiale',
  'ceseda-l423-13': 'vie-privee-et-familiale',
  'ceseda-l423-14': 'vie-privee-et-familiale',
  'ceseda-l423-15': 'vie-privee-et-familiale',
  'ceseda-l423-21': 'vie-privee-et-familiale',
  'ceseda-l423-22': 'vie-privee-et-familiale',
  'ceseda-l423-23': 'vie-privee-et-familiale',
  'ceseda-l425-1': 'vie-privee-et-familiale',
  'ceseda-l425-6': 'vie-privee-et-familiale',
  'ceseda-l425-7': 'vie-privee-et-familiale',
  'ceseda-l425-9': 'vie-privee-et-familiale',
  'ceseda-l426-5': 'vie-privee-et-familiale',
  'ceseda-l421-1': 'salarie',
  'ceseda-l421-3': 'travailleur-temporaire',
  'ceseda-l421-5': 'entrepreneur',
  'ceseda-l422-1': 'etudiant',
  'ceseda-l426-20': 'visiteur',
};

/** Entry conditions (X1) that a renewal never carries: the nodes built by conditions.ts and work-common.ts. */
const ENTRY_NODE_IDS: ReadonlySet<string> = new Set([
  'long-stay-visa', 'lawful-entry', 'long-stay-visa-or-renewal', 'long-stay-visa-or-change-of-status',
  'salarie-visa-or-change-of-status',
]);

/** Documents that prove the entry (X1): not asked for a renewal. */
export const ENTRY_DOCUMENTS: readonly string[] = ['long-stay-visa', 'passport-visa-and-entry-stamp'];

const GENERAL_RENEWABLE: readonly Held[] = ['vls-ts', 'cst-1-year', 'multi-year-card'];
const LOWER_THAN_RESIDENT: readonly Card['title'][] = ['cst', 'csp', 'aps', 'dz-certificate-1y'];
const SAME_RANK_AS_RESIDENT: readonly Card['title'][] = ['cr', 'dz-certificate-10y'];
/** The renewals themselves, and the retraité cards (O-4, DZ-E7: for a holder who settles abroad). */
const STAYS_OPEN_TO_RESIDENTS: readonly CardId[] = ['ceseda-l433-2', 'afa-7bis-renewal', 'ceseda-l426-8', 'ceseda-l426-9', 'afa-7ter', 'afa-7ter-spouse'];

const answered = <K extends 'currentTitle' | 'currentTitleGround'>(s: Situation, k: K) =>
  isAnswered(s, k) ? (s[k] as FactValue<K>) : undefined;

/** The held title lapsed: 3 consecutive years abroad (L411-5 for a CR; AFA art. 8 for a certificat). */
const lapsed = (s: Situation) => s.timeOutsideFrance === 'over-3-years-in-a-row';


/** The title held is of the kind this card renews (a VLS-TS, CST or CSP; an Algerian 1-year certificat). */
const holdsRenewableFor = (card: Card, held: Held) =>
  card.regime === 'algeria' ? held === 'algerian-certificate-1-year' : card.regime === 'general' && GENERAL_RENEWABLE.includes(held);

/** The person renews the card held: this card issues a title on the ground of the card they hold. */
export function renewsHeldCard(card: Card, s: Situation): boolean {
  const ground = CARD_GROUND[card.id];
  const held = answered(s, 'currentTitle');
  if (!ground || !held || answered(s, 'currentTitleGround') !== ground) return false;
  return holdsRenewableFor(card, held);
}

/** A first issue of a card on another ground, for someone who holds a card (X6: "a change of ground is a first issue"). */
export function isChangeOfStatus(card: Card, s: Situation): boolean {
  const ground = CARD_GROUND[card.id];
  const held = answered(s, 'currentTitle');
  const heldGround = answered(s, 'currentTitleGround');
  if (!ground || !held || !heldGround || heldGround === ground) return false;
  return holdsRenewableFor(card, held);
}

function replaceEntryNodes(c: Condition, replacement: Condition): Condition {
  if (ENTRY_NODE_IDS.has(c.id)) return replacement;
  if (c.kind === 'test') return c;
  if (c.kind === 'not') return { ...c, of: replaceEntryNodes(c.of, replacement) };
  return { ...c, of: c.of.map((x) => replaceEntryNodes(x, replacement)) };
}

/** The ground of the card held is not known yet: the entry condition holds if that card is on this ground, or as is. */
function wrapEntryNodes(c: Condition, checked: Condition): Condition {
  if (ENTRY_NODE_IDS.has(c.id)) return any('entry-or-card-held', [checked, c], { ref: c.ref });
  if (c.kind === 'test') return c;
  if (c.kind === 'not') return { ...c, of: wrapEntryNodes(c.of, checked) };
  return { ...c, of: c.of.map((x) => wrapEntryNodes(x, checked)) };
}

const withExtra = (root: Condition, extra: readonly Condition[]): Condition =>
  extra.length === 0 ? root : root.kind === 'all' ? { ...root, of: [...root.of, ...extra] } : all(root.id, [root, ...extra], { ref: root.ref });

/**
 * L433-1 (X6): the visa and the entry were checked when the first card on this ground was issued; neither the renewal
 * nor the next card on the same ground (CSP, resident card, 10-year certificat) asks them again.
 */
const entryCheckedAtFirstCard = (ref: ArticleRef, ground: Ground): Condition =>
  test('entry-checked-at-first-card', ref, ['currentTitle', 'currentTitleGround'], (s) => s.currentTitleGround === ground);

/**
 * L433-1-1: "il ne peut être procédé à plus de trois renouvellements consécutifs d'une carte de séjour temporaire
 * portant une mention identique", except for people exempt from the CIR (L413-5). With 3 renewals already done, the
 * next one would be the 4th: barred. The way forward is the multi-year card (L433-4) or a change of ground (X6).
 */
function renewalCap(mentionOfCard?: Mention): Condition {
  return any('renewal-cap-l433-1-1', [
    // While the ground of the CST held is unknown: the cap only bites on a CST of the same mention.
    ...(mentionOfCard ? [test('cst-held-has-another-mention', 'CESEDA L433-1-1', ['currentTitleGround'], (s) => mentionOfGround(s.currentTitleGround) !== mentionOfCard)] : []),
    test('fewer-than-3-consecutive-renewals', 'CESEDA L433-1-1', ['currentTitleRenewals'], (s) => Number(s.currentTitleRenewals) < 3),
    test('not-bound-by-cir', 'CESEDA L413-5', ['currentTitleGround'], (s) => {
      const ground = s.currentTitleGround as Ground;
      return CIR_EXEMPT_GROUNDS.includes(ground) ? true : ground === 'other' ? 'unknown' : false;
    }),
  ], { ref: 'CESEDA L433-1-1' });
}

/** Cards the title held can make pointless: lower titles, and resident cards of the same rank (except those kept open). */
const RANKED: readonly Card['title'][] = [...LOWER_THAN_RESIDENT, ...SAME_RANK_AS_RESIDENT];
const supersedable = (card: Card) => card.regime !== 'eu-family' && RANKED.includes(card.title) && !STAYS_OPEN_TO_RESIDENTS.includes(card.id);

/**
 * The card's condition tree for this person. Every node added reads the facts it depends on (three-valued logic):
 * while the title held is not known, a card it could supersede or cap waits for it ("possible", the question is
 * asked early); once a fact is answered, the nodes that no longer matter are left out, so a first-time applicant's
 * trace is the card file's own.
 */
export function heldTitleConditions(card: Card, s: Situation): Condition {
  if (!supersedable(card) && !CARD_GROUND[card.id]) return card.conditions;
  const held = answered(s, 'currentTitle');
  const heldGround = answered(s, 'currentTitleGround');
  const extra: Condition[] = [];
  let root = card.conditions;

  // ── A lower title than the one held, or another resident card of the same rank: the person renews the card held
  // (tool convention, like the EU-family gate; a lapsed title no longer counts). The permanent card, the RLD-UE card
  // (EU mobility) and the "retraité" cards (for leaving France) stay open to a resident-card holder.
  if (supersedable(card)) {
    if (!held) {
      extra.push(test('not-below-title-held', 'CESEDA L433-1', ['currentTitle'], () => 'unknown'));
    } else if (held === 'resident-card-10-years' || held === 'algerian-certificate-10-years') {
      extra.push(test('not-below-title-held', held === 'resident-card-10-years' ? 'CESEDA L433-2' : 'AFA 7bis', ['currentTitle', 'timeOutsideFrance'], (x) => lapsed(x)));
    } else if (held === 'multi-year-card' && card.title === 'cst' && CST_MENTION[card.id]) {
      // A CST of the mention of the multi-year card held (the CSP is renewed instead, L433-4).
      if (!heldGround) extra.push(test('not-below-title-held', 'CESEDA L433-4', ['currentTitle', 'currentTitleGround'], (x) => CST_MENTION[card.id] !== mentionOfGround(x.currentTitleGround)));
      else if (CST_MENTION[card.id] === mentionOfGround(heldGround)) extra.push(test('not-below-title-held', 'CESEDA L433-4', ['currentTitle', 'currentTitleGround'], () => false));
    }
  }

  // ── The renewal of the card held (or the next card on its ground): no entry condition.
  const ground = CARD_GROUND[card.id];
  const ref = card.regime === 'algeria' ? 'AFA 9' : 'CESEDA L433-1';
  if (ground && held && holdsRenewableFor(card, held)) {
    if (heldGround === ground) root = replaceEntryNodes(root, entryCheckedAtFirstCard(ref, ground));
    else if (!heldGround) root = wrapEntryNodes(root, entryCheckedAtFirstCard(ref, ground));
  } else if (ground && !held) {
    // The title held is not known (unanswered or "I don't know"): the person may be renewing a card on this ground, so
    // an entry condition not met leaves the card open, never closed (unknown is never "no"; X6). Without this, a
    // missing visa ruled the card out and answering "VLS-TS" reopened it.
    root = wrapEntryNodes(root, entryCheckedAtFirstCard(ref, ground));
  }

  // ── The cap: a 1-year CST of the mention of the 1-year CST held (L433-1-1). A mention whose holders are all exempt
  // from the CIR (student, visitor, temporary worker: L413-5) is never capped.
  const mention = CST_MENTION[card.id];
  if (held === 'cst-1-year' && card.title === 'cst' && mention && !CIR_EXEMPT_MENTIONS.includes(mention)) {
    if (!heldGround) extra.push(renewalCap(CST_MENTION[card.id]));
    else if (CST_MENTION[card.id] === mentionOfGround(heldGround)) extra.push(renewalCap());
  }

  return extra.length > 0 || root !== card.conditions ? withExtra(root, extra) : card.conditions;
}

/**
 * The card's own conditions for this person as the subsidiarity tests of L423-23 and AFA 6-5 read them (scenarios
 * README, subsidiarity; VPF-7, DZ-6.5): when the person renews a card on the card's ground, the entry conditions were
 * checked at the first card (X6, L433-1; AFA 9), so a visa never asked of a renewer cannot leave the listed category
 * "unknown" while the card itself is eligible. Only the entry nodes are adapted: the L433-1-1 cap and the
 * not-below-title-held convention are no condition of the category ("entre dans les catégories").
 */
export function categoryConditions(card: Card, s: Situation): Condition {
  const ground = CARD_GROUND[card.id];
  const held = answered(s, 'currentTitle');
  if (!ground || !held || !holdsRenewableFor(card, held) || answered(s, 'currentTitleGround') !== ground) return card.conditions;
  return replaceEntryNodes(card.conditions, entryCheckedAtFirstCard(card.regime === 'algeria' ? 'AFA 9' : 'CESEDA L433-1', ground));
}

/** The multi-year card that follows a 1-year card on each ground (L433-4). */
const MULTI_YEAR_CARD: Readonly<Partial<Record<Ground, CardId>>> = {
  'spouse-of-french': 'ceseda-l433-4-spouse',
  'parent-of-french-child': 'ceseda-l433-4-parent',
  'family-ties': 'ceseda-l433-4-family-ties',
  'family-reunification': 'ceseda-l433-4-joining-family',
  employee: 'ceseda-l433-4-salarie',
};

/** The multi-year card after the 1-year card held, if there is one. */
export function multiYearCardFor(s: Situation): CardId | undefined {
  const ground = answered(s, 'currentTitleGround');
  return answered(s, 'currentTitle') === 'cst-1-year' && ground ? MULTI_YEAR_CARD[ground] : undefined;
}

/** Warnings and notes the title held adds to a card that is still open. */
export function heldTitleWarnings(card: Card, s: Situation): string[] {
  const out: string[] = [];
  if (isChangeOfStatus(card, s)) out.push('change-of-status');
  return out;
}

// ── The filing window (F-6) of the title held.

/**
 * Titles renewed on ANEF (R431-2, annexe 9; F-1): students, visitors, talent, BPI, family of French nationals (spouse,
 * parent; Algerian 6-2 and 6-4 included), VLS-TS, and every resident card and 10-year certificat since 4 Jul 2024.
 * Salarié, travailleur temporaire, L423-23, health and regroupement familial titles stay at the préfecture in most
 * départements (F-2 ⚠): their window is the last 2 months, flagged to be checked.
 */
const ANEF_GROUNDS: readonly Ground[] = ['student', 'visitor', 'talent', 'protection', 'spouse-of-french', 'parent-of-french-child'];
const UNSETTLED_GROUNDS: readonly Ground[] = ['employee', 'family-reunification', 'other'];

export type WindowState = 'not-yet-open' | 'open' | 'late' | 'expired';

export interface HeldTitleInfo {
  title: Held;
  ground?: Ground;
  expiresOn: IsoDate;
  /** First and last day to file the renewal (R431-5). */
  opens: IsoDate;
  closes: IsoDate;
  anef: boolean;
  state: WindowState;
  /** Days from the evaluation date to the last day to file (negative once it has passed). */
  daysLeft: number;
  ref: 'CESEDA R431-5';
  verify: boolean;
}

const HELD_WITH_WINDOW: readonly Held[] = [
  'vls-ts', 'cst-1-year', 'multi-year-card', 'resident-card-10-years', 'algerian-certificate-1-year', 'algerian-certificate-10-years', 'aps',
];

export function heldTitleInfo(s: Situation, asOf: IsoDate): HeldTitleInfo | undefined {
  const title = answered(s, 'currentTitle');
  if (!title || !HELD_WITH_WINDOW.includes(title)) return undefined;
  if (typeof s.currentTitleExpiry !== 'string' || s.currentTitleExpiry === 'dont-know') return undefined;
  const expiresOn = s.currentTitleExpiry;
  const ground = answered(s, 'currentTitleGround');
  const residentCard = title === 'resident-card-10-years' || title === 'algerian-certificate-10-years';
  const anef = title !== 'aps' && (residentCard || title === 'vls-ts' || (ground !== undefined && ANEF_GROUNDS.includes(ground)));
  // ANEF list: between the 120th and the 60th day before expiry; other titles: the last 2 months (R431-5; F-6).
  const opens = anef ? addDays(expiresOn, -120) : addMonths(expiresOn, -2);
  const closes = anef ? addDays(expiresOn, -60) : expiresOn;
  const state: WindowState = asOf < opens ? 'not-yet-open' : asOf <= closes ? 'open' : asOf <= expiresOn ? 'late' : 'expired';
  const verify = !residentCard && (ground === undefined || UNSETTLED_GROUNDS.includes(ground) || title === 'aps');
  return { title, ground, expiresOn, opens, closes, anef, state, daysLeft: daysBetween(asOf, closes), ref: 'CESEDA R431-5', verify };
}

/** The renewal window as card deadlines (shown on the cards that renew the title held). */
export function heldTitleDeadlines(info: HeldTitleInfo | undefined): Deadline[] {
  if (!info) return [];
  const v = info.verify ? { verify: true } : {};
  return [
    { id: 'renewal-window-opens', date: info.opens, ref: info.ref, ...v },
    { id: 'renewal-window-closes', date: info.closes, ref: info.ref, ...v },
  ];
}

/** A card that carries the held title's window: it renews it, or it is the next card of the same holder (CSP, CR). */
export function carriesRenewalWindow(card: Card, s: Situation): boolean {
  if (renewsHeldCard(card, s)) return true;
  const held = answered(s, 'currentTitle');
  if (held === 'resident-card-10-years') return card.id === 'ceseda-l433-2' || card.id === 'ceseda-l426-4';
  if (held === 'algerian-certificate-10-years') return card.id === 'afa-7bis-renewal';
  return false;
}

/** Red flag shown before any title when the renewal is due within 30 days, late, or the title has expired. */
export interface HeldTitleAlert {
  id: 'title-renewal-due' | 'title-renewal-late' | 'title-expired';
  ref: ArticleRef;
  deadline?: IsoDate;
  daysLeft?: number;
  expiresOn: IsoDate;
}

export function heldTitleAlert(info: HeldTitleInfo | undefined, asOf: IsoDate): HeldTitleAlert | undefined {
  if (!info) return undefined;
  if (info.state === 'open' && info.daysLeft <= 30) return { id: 'title-renewal-due', ref: info.ref, deadline: info.closes, daysLeft: info.daysLeft, expiresOn: info.expiresOn };
  if (info.state === 'late') return { id: 'title-renewal-late', ref: info.ref, deadline: info.expiresOn, daysLeft: daysBetween(asOf, info.expiresOn), expiresOn: info.expiresOn };
  if (info.state === 'expired') return { id: 'title-expired', ref: info.ref, expiresOn: info.expiresOn };
  return undefined;
}

export type { EvalContext };
