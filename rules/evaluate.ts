/**
 * evaluate(situation, { asOf }) → every card of the catalogue with its status, trace,
 * missing facts, reasons, warnings, documents, channel, fee and deadlines.
 *
 * Status rule (scenarios README): not-eligible if a condition is unmet or the route is
 * not in force; possible if something is unknown, the card is discretionary, or a
 * reservation (public order, polygamy, pending removal order) is open; eligible only
 * for a plein-droit card with everything met and no reservation open.
 */
import { CATALOGUE } from './catalogue';
import type { Card, Channel, Deadline, Reservation } from './card';
import { DOCUMENTS, type DocumentId } from './documents';
import type { FactId } from './facts';
import { evaluateCondition, type EvalContext, type Status, type Trace } from './logic';
import { isAnswered, type Situation } from './situation';
import type { IsoDate } from './dates';
import { computeFee, type FeeResult } from './fees';
import { documentsFor } from './documents-for';
import { alertsFor, type Alert } from './alerts';
import { withDerivedResidence } from './residence-periods';
import { referralsFor, type ReferralResult } from './referrals';
import { indicatorsFor, strengthOf, strengthRank, type Indicator, type Strength } from './indicators';

export interface Reason {
  id: string;
  ref?: string;
}

/** A note on a result that never changes its status (locale key notes.<id>), naming the cards it is about. */
export interface Note {
  id: string;
  cardIds: string[];
}

export interface CardResult {
  id: string;
  legalBasis: readonly string[];
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
  leadsTo: readonly string[];
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
}

const DEFAULT_RESERVATIONS: readonly Reservation[] = ['public-order', 'polygamy', 'pending-removal-order'];

/** Each reservation: the facts it reads and whether it is open ('unknown' while unanswered). */
const RESERVATIONS: Record<Reservation, { needs: FactId[]; open: (s: Situation) => boolean; warning: string; ref: string }> = {
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
/** The "retraité" cards are cartes de séjour of their own (O-4; DZ-E7), not resident cards: outside the 2024 arrêté. */
const RETIREE_BASES: readonly string[] = ['CESEDA L426-8', 'CESEDA L426-9', 'AFA 7ter'];

function channelFor(card: Card, s: Situation): Channel {
  // F-1 (filing-fees-remedies.md; verified 2026-11-30): since 4 Jul 2024 (arrêté of 1 Jul 2024) the renewal of
  // every resident card, all mentions, bilateral accords included (Algerian 10-year certificat), is filed on ANEF.
  if (RESIDENT_CARD_TITLES.includes(card.title) && HELD_RESIDENT_CARDS.includes(String(s.currentTitle)) &&
    !card.legalBasis.some((b) => RETIREE_BASES.includes(b))) return 'ANEF';
  if (card.channel === 'préfecture' && parisPostcode(s)) return 'Paris police prefecture';
  return card.channel;
}

export function evaluateCard(card: Card, s: Situation, ctx: EvalContext): CardResult {
  const trace = evaluateCondition(card.conditions, s, ctx);
  const active = inForce(card, ctx.asOf);
  const reservations = (card.reservations ?? DEFAULT_RESERVATIONS).map((r) => ({ r, ...reservationState(r, s) }));
  const openReservations = reservations.filter((x) => x.open);

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
  ];

  // Points to confirm: the card's own, plus any flagged node that matters here.
  const verifyNotes = new Set(card.verify ?? []);
  if (status !== 'not-eligible') for (const v of card.verifyWhen?.(s, ctx) ?? []) verifyNotes.add(v);
  if (!active && card.validUntil) verifyNotes.add('check-extension');
  collectVerifyNotes(trace, status !== 'not-eligible', verifyNotes);
  // The fee rule's own flag decides the verify note; the amounts are computed only when read.
  if (card.fee.verify && status !== 'not-eligible') verifyNotes.add('fee');
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
      const value = documentsFor(card, s);
      Object.defineProperty(this, 'documents', { value, enumerable: true });
      return value;
    },
    channel: channelFor(card, s),
    channelVerify: card.channelVerify ?? false,
    get fee() {
      const value = computeFee(card, s, ctx.asOf);
      Object.defineProperty(this, 'fee', { value, enumerable: true });
      return value;
    },
    deadlines: card.deadlines?.(s, ctx) ?? [],
    validUntil: card.validUntil,
    verifiedOn: card.verifiedOn,
    confidence: card.confidence,
    durationMonths: card.durationMonths,
    leadsTo: card.leadsTo ?? [],
    notes: [],
    ...caseByCase(card, s, ctx.asOf),
  };
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
  const situation = withDerivedResidence(given, options.asOf);
  const byId = new Map<string, CardResult>();
  const ctx: EvalContext = {
    asOf: options.asOf,
    statusOf: (id) => byId.get(id)?.status,
    unmetOf: (id) => byId.get(id)?.reasons.map((r) => r.id),
    conditionsOf: (id) => byId.get(id)?.conditions.value,
    evaluatedSoFar: () => [...byId.values()].map((r) => ({ id: r.id, kind: r.kind, status: r.status, dependsOn: GATES.has(r.id) })),
  };
  for (const card of ORDERED) byId.set(card.id, evaluateCard(card, situation, ctx));
  const results = CATALOGUE.map((c) => byId.get(c.id)!);
  addNotes(results, situation);
  return {
    asOf: options.asOf,
    results: ordered(results),
    alerts: alertsFor(situation),
    // The EU-family cards' statuses decide whether the national regimes' referrals apply (eu-family.md flow step 4).
    referrals: referralsFor(situation, options.asOf, ctx),
  };
}

export { DOCUMENTS };
