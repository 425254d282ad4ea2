/**
 * evaluate(situation, { asOf }) → every card of the catalogue with its status, trace,
 * missing facts, reasons, warnings, documents, channel, fee and deadlines.
 *
 * Status rule (scenarios README): not-eligible if a condition is unmet or the route is
 * not in force; possible if something is unknown, the card is discretionary, or a
 * reservation (public order, polygamy, pending removal order) is open; eligible only
 * for a plein-droit card with everything met and no reservation open.
 */
import { articleVerifyNotes, cardVerifiedOn, type ArticleRef } from './references';
import { CATALOGUE } from './catalogue';
import type { Card, CardId, Channel, Deadline, LegalBasis, Reservation } from './card';
import { DOCUMENTS, type DocumentId } from './documents';
import type { FactId } from './facts';
import { evaluateCondition, type EvalContext, type Status, type Trace } from './logic';
import { isAnswered, type Situation } from './situation';
import type { IsoDate } from './dates';
import { computeFee, feeRuleUncertainOn, regularisationVisaDoubtful, type FeeResult } from './fees';
import { documentsFor } from './documents-for';
import { alertsFor, type Alert } from './alerts';
import { withDerivedResidence } from './residence-periods';
import { exactDates, splitPartialDates } from './partial-dates';
import { referralsFor, type ReferralResult } from './referrals';
import {
  carriesRenewalWindow, ENTRY_DOCUMENTS, heldTitleAlert, heldTitleConditions, heldTitleDeadlines, heldTitleInfo, heldTitleWarnings, isChangeOfStatus, multiYearCardFor, renewsHeldCard,
  type HeldTitleInfo,
} from './renewals';
import { integrationPath, type IntegrationPath } from './integration-path';
import { indicatorsFor, strengthOf, strengthRank, type Indicator, type Strength } from './indicators';

export interface Reason {
  id: string;
  ref?: ArticleRef;
}

/** A note on a result that never changes its status (locale key notes.<id>), naming the cards it is about. */
export interface Note {
  id: string;
  cardIds: CardId[];
}

export interface CardResult {
  id: CardId;
  legalBasis: readonly LegalBasis[];
  kind: Card['kind'];
  regime: Card['regime'];
  title: Card['title'];
  status: Status;
  conditions: Trace;
  missing: FactId[];
  reasons: Reason[];
  warnings: string[];
  /** Low-confidence law: the UI says "check with an association". */
  verify: boolean;
  verifyNotes: string[];
  documents: DocumentId[];
  channel: Channel;
  channelVerify: boolean;
  fee: FeeResult;
  deadlines: Deadline[];
  validUntil?: IsoDate;
  verifiedOn: IsoDate;
  confidence: Card['confidence'];
  durationMonths?: number;
  leadsTo: readonly CardId[];
  /** "Pass A2 (or B1) and the civic exam before …": when only the 2026 integration tests stand in the way (X5). */
  integrationPath?: IntegrationPath;
  /** Notes that never change the status, e.g. `prefer-title-of-right` on AES naming the open titles of right. */
  notes: Note[];
  /** Case-by-case routes only (Card.caseByCase): the non-binding indicators and the case's strength in words. */
  indicators?: Indicator[];
  strength?: Strength;
}

export interface Evaluation {
  asOf: IsoDate;
  results: CardResult[];
  alerts: Alert[];
  /** Routes sent to a human (unconfirmed article, case not covered, someone else's procedure). */
  referrals: ReferralResult[];
  /** The title held now and its renewal window (F-6), when its end date is known. */
  heldTitle?: HeldTitleInfo;
}

/** Cards a change of status to "salarié" leads to (F-7: charged at the renewal rate in practice, M). */
const CHANGE_TO_SALARIE: readonly CardId[] = ['ceseda-l421-1', 'afa-7-b'];

const DEFAULT_RESERVATIONS: readonly Reservation[] = ['public-order', 'polygamy', 'pending-removal-order'];

/** Each reservation: the facts it reads and whether it is open ('unknown' while unanswered). */
const RESERVATIONS: Record<Reservation, { needs: FactId[]; open: (s: Situation) => boolean; warning: string; ref: ArticleRef }> = {
  // X2: L412-5, L432-1-1 — a conviction, an ignored OQTF or forgery needs an individual review.
  'public-order': { needs: ['publicOrderConcern'], open: (s) => s.publicOrderConcern === true, warning: 'public-order', ref: 'CESEDA L412-5' },
  // X3: L412-6 — only a married person can be in a polygamous marriage (a "yes" needs the marital status to count).
  polygamy: { needs: ['maritalStatus', 'polygamy'], open: (s) => s.maritalStatus === 'married' && s.polygamy === true, warning: 'polygamy', ref: 'CESEDA L412-6' },
  'pending-removal-order': { needs: ['removalOrder'], open: (s) => s.removalOrder === 'oqtf' || s.removalOrder === 'other-removal', warning: 'pending-oqtf', ref: 'CESEDA L611-1' },
};

function reservationState(r: Reservation, s: Situation): { open: boolean; missing: FactId[] } {
  const spec = RESERVATIONS[r];
  // A person not married, or one who answers "no polygamy", closes the polygamy reservation whatever else is answered.
  if (r === 'polygamy' && (s.polygamy === false || (isAnswered(s, 'maritalStatus') && s.maritalStatus !== 'married'))) return { open: false, missing: [] };
  const missing = spec.needs.filter((k) => !isAnswered(s, k));
  if (missing.length > 0) return { open: false, missing };
  return { open: spec.open(s), missing: [] };
}

const inForce = (card: Card, asOf: IsoDate) =>
  (card.validFrom === undefined || card.validFrom <= asOf) && (card.validUntil === undefined || asOf <= card.validUntil);

function parisPostcode(s: Situation) {
  return typeof s.postcode === 'string' && s.postcode.startsWith('75');
}

/** Resident cards (all mentions) and the Algerian 10-year certificat. */
const RESIDENT_CARD_TITLES: readonly string[] = ['cr', 'cr-permanent', 'rld-ue', 'dz-certificate-10y'];
const HELD_RESIDENT_CARDS: readonly string[] = ['resident-card-10-years', 'algerian-certificate-10-years'];

function channelFor(card: Card, s: Situation): Channel {
  // F-1 (filing-fees-remedies.md; verified 2026-11-30): since 4 Jul 2024 (arrêté of 1 Jul 2024) the renewal of
  // every resident card, all mentions, bilateral accords included (Algerian 10-year certificat), is filed on ANEF.
  if (RESIDENT_CARD_TITLES.includes(card.title) && HELD_RESIDENT_CARDS.includes(String(s.currentTitle)) &&
    // The "retraité" cards are cartes de séjour of their own (O-4; DZ-E7), not resident cards: outside the 2024 arrêté.
    !card.retiree) return 'ANEF';
  if (card.channel === 'préfecture' && parisPostcode(s)) return 'Paris police prefecture';
  return card.channel;
}

export function evaluateCard(card: Card, s: Situation, ctx: EvalContext): CardResult {
  // The title held changes what a card means for this person: a renewal carries no visa condition, a CST may be
  // capped (L433-1-1), a lower title than the one held is not proposed (renewals.ts; X6).
  const trace = evaluateCondition(heldTitleConditions(card, s), s, ctx);
  const active = inForce(card, ctx.asOf);
  const reservations = (card.reservations ?? DEFAULT_RESERVATIONS).map((r) => ({ r, ...reservationState(r, s) }));
  const openReservations = reservations.filter((x) => x.open);
  // A change of status is a first issue of the new title (X6). To "salarié" it is charged at the renewal rate in
  // préfecture practice since May 2026 (F-7 ⚠, M): renewal rate with its own verify note. Other changes: the fee rule
  // of fees.ts (a holder pays the renewal rate), flagged as to be confirmed.
  const changeOfStatus = isChangeOfStatus(card, s);
  const feeCard: Card = changeOfStatus ? { ...card, fee: { ...card.fee, verify: true } } : card;
  const changeOfStatusNote = CHANGE_TO_SALARIE.includes(card.id) ? 'change-of-status-fee' : 'fee';

  let status: Status;
  const reasons: Reason[] = [];
  if (!active) {
    status = 'not-eligible';
    reasons.push({ id: 'not-in-force-on-date', ref: card.legalBasis[0] });
  }
  if (trace.value === 'unmet') {
    status = 'not-eligible';
    reasons.push(...unmetChain(trace));
  }
  const reservationMissing = trace.value === 'unmet' || !active ? [] : reservations.flatMap((x) => x.missing);
  const missing = [...new Set([...trace.missing, ...reservationMissing])];
  status ??= trace.value === 'unknown' || card.kind === 'discretionary' || openReservations.length > 0 || missing.length > 0 ? 'possible' : 'eligible';

  const warnings = [
    ...(status === 'not-eligible' ? [] : openReservations.map((x) => RESERVATIONS[x.r].warning)),
    ...(card.warnings?.(s, ctx) ?? []),
    ...(status === 'not-eligible' ? [] : heldTitleWarnings(card, s)),
  ];

  // Points to confirm: the card's own, plus any flagged node that matters here.
  const verifyNotes = new Set(card.verify ?? []);
  if (status !== 'not-eligible') for (const v of card.verifyWhen?.(s, ctx) ?? []) verifyNotes.add(v);
  if (!active && card.validUntil) verifyNotes.add('check-extension');
  collectVerifyNotes(trace, status !== 'not-eligible', verifyNotes);
  // The register's doubts (references.ts: `verify` or confidence L): the articles the card is issued under, and those
  // of the nodes that matter here (issue 16 review: an unconfirmed article number was shown nowhere).
  for (const v of articleVerifyNotes(flaggedArticles(card, trace, status !== 'not-eligible'))) verifyNotes.add(v);
  // The fee rule's own flag decides the verify note; the amounts are computed only when read.
  if (feeRuleUncertainOn(feeCard, ctx.asOf, s) && status !== 'not-eligible') verifyNotes.add(changeOfStatus ? changeOfStatusNote : 'fee');
  // L436-4 "âgé de plus de dix-huit ans": a visa de régularisation charged to someone who entered as a minor (item 15).
  if (status !== 'not-eligible' && regularisationVisaDoubtful(feeCard, s, ctx.asOf)) verifyNotes.add('regularisation-visa-entered-as-minor');
  if (card.channelVerify && status !== 'not-eligible') verifyNotes.add('channel');

  return {
    id: card.id,
    legalBasis: card.legalBasis,
    kind: card.kind,
    regime: card.regime,
    title: card.title,
    status,
    conditions: trace,
    missing,
    reasons,
    warnings: [...new Set(warnings)],
    verify: verifyNotes.size > 0,
    verifyNotes: [...verifyNotes],
    // Documents and fee are computed on first read (most cards are ruled out and never show them).
    get documents() {
      // A renewal shows no entry document: the visa was checked for the first card (X6).
      const value = renewsHeldCard(card, s) ? documentsFor(card, s).filter((d) => !ENTRY_DOCUMENTS.includes(d)) : documentsFor(card, s);
      Object.defineProperty(this, 'documents', { value, enumerable: true });
      return value;
    },
    channel: channelFor(card, s),
    channelVerify: card.channelVerify ?? false,
    get fee() {
      const value = computeFee(feeCard, s, ctx.asOf);
      Object.defineProperty(this, 'fee', { value, enumerable: true });
      return value;
    },
    deadlines: deadlinesFor(card, s, ctx),
    validUntil: card.validUntil,
    verifiedOn: cardVerifiedOn(card),
    confidence: card.confidence,
    durationMonths: card.durationMonths,
    leadsTo: card.leadsTo ?? [],
    // Computed on first read too (only cards a person looks at need it).
    get integrationPath() {
      const value = status === 'eligible' ? undefined : integrationPath(trace, s, ctx.asOf, carriesRenewalWindow(card, s));
      Object.defineProperty(this, 'integrationPath', { value, enumerable: true });
      return value;
    },
    notes: [],
    ...caseByCase(card, s, ctx.asOf),
  };
}

/** The card's own deadlines; a card that renews the title held shows its renewal window (F-6) first. */
function deadlinesFor(card: Card, s: Situation, ctx: EvalContext): Deadline[] {
  const own = card.deadlines?.(s, ctx) ?? [];
  if (!carriesRenewalWindow(card, s)) return own;
  const window = heldTitleDeadlines(heldTitleInfo(s, ctx.asOf)).filter((d) => !own.some((o) => o.id === d.id));
  return [...window, ...own];
}

/** Indicators and strength of a case-by-case route; they never touch its status (scenarios README). */
function caseByCase(card: Card, s: Situation, asOf: IsoDate): Pick<CardResult, 'indicators' | 'strength'> {
  if (!card.caseByCase) return {};
  const indicators = indicatorsFor(s, asOf);
  return { indicators, strength: strengthOf(indicators) };
}

const open = (r: CardResult) => r.status === 'eligible' || r.status === 'possible';

/**
 * AES has no subsidiarity in its text (L435-1): another title never closes it. When a plein-droit title
 * other than a case-by-case route is eligible or possible, AES names it in the note `prefer-title-of-right`
 * (circular of 23 Jan 2025: legal grounds first; scenarios README, subsidiarity). A card that is possible
 * only because a question has not been asked yet is not named (the note would tell someone who never said
 * they were a refugee that the refugee card is open); one the person answered "I don't know" to is.
 */
function addNotes(results: readonly CardResult[], s: Situation) {
  const named = (x: CardResult) =>
    x.kind === 'plein-droit' && open(x) && !CARD_BY_ID.get(x.id)?.caseByCase && x.missing.every((f) => s[f] !== undefined);
  for (const r of results) {
    if (!CARD_BY_ID.get(r.id)?.preferTitleOfRight || !open(r)) continue;
    const rights = results.filter(named).map((x) => x.id);
    if (rights.length > 0) r.notes.push({ id: 'prefer-title-of-right', cardIds: rights });
  }
}

/**
 * The order of `results`: the catalogue's, except that the case-by-case routes come after every other
 * card (so AES after the titles its note names), ordered among themselves by strength (stable).
 */
function ordered(results: readonly CardResult[]): CardResult[] {
  const plain = results.filter((r) => !CARD_BY_ID.get(r.id)?.caseByCase);
  const cases = results.filter((r) => CARD_BY_ID.get(r.id)?.caseByCase);
  cases.sort((a, b) => strengthRank(a.strength) - strengthRank(b.strength));
  return [...plain, ...cases];
}

/**
 * L433-1-1 reached: a capped 1-year card names the way forward, the multi-year card on the ground held (L433-4; X6:
 * "after that: a CSP (A2 + civic exam) or a change of ground"). A note, so it shows on the ruled-out card too.
 */
function addWayForward(results: readonly CardResult[], s: Situation) {
  const next = multiYearCardFor(s);
  if (!next) return;
  for (const r of results) if (r.reasons.some((x) => x.id === 'renewal-cap-l433-1-1')) r.notes.push({ id: 'renewal-cap-way-forward', cardIds: [next] });
}

/**
 * The plain renewal of a 1-year card held comes after the other titles, so that a better card on the same ground (a
 * 10-year certificat, a multi-year or resident card) is read first and the renewal as the fallback (P10: "AFA 6-2 …
 * shown as the fallback after 7bis-a"). Stable; statuses are untouched.
 */
function renewalsOfOneYearCardLast(results: readonly CardResult[], s: Situation): CardResult[] {
  const fallback = (r: CardResult) => (r.title === 'cst' || r.title === 'dz-certificate-1y') && renewsHeldCard(CARD_BY_ID.get(r.id)!, s);
  return [...results.filter((r) => !fallback(r)), ...results.filter(fallback)];
}

/**
 * The articles whose doubts a result must show (legal/README.md "Rules for the code" 1): the card's legal basis always,
 * like its own `verify` list (the title is issued under that article: an unconfirmed number or unseen text is the
 * card's, whatever the answers); the `ref` of the nodes of an open card's trace, so an article a condition borrows
 * (L425-10 reads L425-9's medical points) is named while the card is open. Not those of a ruled-out card: "no sick
 * child" does not hinge on a bill about L425-9, and the ruled-out list would fill with borrowed doubts. Set semantics in
 * the caller: a note the card already declares is not repeated.
 */
function flaggedArticles(card: Card, t: Trace, open: boolean): ArticleRef[] {
  const out: ArticleRef[] = [...card.legalBasis];
  const walkTrace = (n: Trace) => {
    if (n.ref !== undefined) out.push(n.ref);
    for (const c of n.children) walkTrace(c);
  };
  if (open) walkTrace(t);
  return out;
}

/** Verify notes of the trace: every flagged node of an open card, only the unmet ones of a ruled-out card. */
function collectVerifyNotes(t: Trace, open: boolean, into: Set<string>) {
  if (t.verify && (open || t.value === 'unmet')) into.add(t.verify);
  for (const c of t.children) collectVerifyNotes(c, open, into);
}

/**
 * The reasons a card fails: the unmet nodes reached from the root through unmet nodes only
 * (an unmet branch under an alternative that is still open is not a reason).
 */
function unmetChain(t: Trace): Reason[] {
  const out: Reason[] = [];
  for (const c of t.children) {
    if (c.value !== 'unmet') continue;
    out.push({ id: c.id, ref: c.ref });
    out.push(...unmetChain(c));
  }
  return out;
}

const CARD_BY_ID = new Map(CATALOGUE.map((c) => [c.id, c]));

/** Gate cards (dependsOn) are evaluated after the cards they read. */
const ORDERED: readonly Card[] = [...CATALOGUE.filter((c) => !c.dependsOn), ...CATALOGUE.filter((c) => c.dependsOn)];
const GATES = new Set(CATALOGUE.filter((c) => c.dependsOn).map((c) => c.id));

export function evaluate(given: Situation, options: { asOf: IsoDate }): Evaluation {
  const derived = withDerivedResidence(given, options.asOf);
  // Dates known only to the year or month: conditions try their range; everything else reads "dont-know" (partial-dates.ts).
  const { exact: situation, partial } = splitPartialDates(derived);
  const byId = new Map<string, CardResult>();
  const ctx: EvalContext = {
    ...(partial ? { partialDates: partial, anchorDates: exactDates(situation) } : {}),
    asOf: options.asOf,
    statusOf: (id) => byId.get(id)?.status,
    unmetOf: (id) => byId.get(id)?.reasons.map((r) => r.id),
    conditionsOf: (id) => byId.get(id)?.conditions.value,
    evaluatedSoFar: () => [...byId.values()].map((r) => ({ id: r.id, kind: r.kind, status: r.status, dependsOn: GATES.has(r.id) })),
  };
  for (const card of ORDERED) byId.set(card.id, evaluateCard(card, situation, ctx));
  const results = CATALOGUE.map((c) => byId.get(c.id)!);
  addNotes(results, situation);
  addWayForward(results, situation);
  const heldTitle = heldTitleInfo(situation, options.asOf);
  const held = heldTitleAlert(heldTitle, options.asOf);
  return {
    asOf: options.asOf,
    results: ordered(renewalsOfOneYearCardLast(results, situation)),
    // The alerts read a partial notification date as a range (a deadline over even on its last day is over).
    // A renewal due within 30 days, late or expired comes right after the removal-order flags (F-6).
    alerts: [...alertsFor(derived, options.asOf), ...(held ? [held] : [])],
    // The EU-family cards' statuses decide whether the national regimes' referrals apply (eu-family.md flow step 4).
    referrals: referralsFor(situation, options.asOf, ctx),
    ...(heldTitle ? { heldTitle } : {}),
  };
}

export { DOCUMENTS };
