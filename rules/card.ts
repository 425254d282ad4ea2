/** What a title card declares. One card per title, one file per card under rules/cards/. */
import type { Condition, Confidence, EvalContext } from './logic';
import type { Situation } from './situation';
import type { IsoDate } from './dates';
import type { DocumentId } from './documents';
import type { FactId } from './facts';
import type { CardId } from './card-ids';
import type { ArticleRef } from './references';

export type { CardId } from './card-ids';

/**
 * Canonical legal basis: a key of the register (rules/references.ts): `CESEDA L423-1`, `AFA 6-2`,
 * `AFA 7bis-a`, `AFM 3`, `AFT 7ter-b`. An unregistered or misspelt article fails the compiler.
 */
export type LegalBasis = ArticleRef;
/** The shape of a legal basis (a CESEDA or accord article, never a decision or a law). */
export const LEGAL_BASIS_PATTERN = /^(?:CESEDA [LR]\d+-\d+(?:-\d+)?|AF[AMT] \d+(?:bis|ter)?(?:-[a-z0-9])?)$/;

export type Regime = 'general' | 'algeria' | 'tunisia' | 'morocco' | 'eu-family';
export type Kind = 'plein-droit' | 'discretionary';

/** The three bars the tool never decides itself (scenarios README, status rule 2c). */
export type Reservation = 'public-order' | 'polygamy' | 'pending-removal-order';

export type Channel = 'ANEF' | 'préfecture' | 'Paris police prefecture' | 'OFII medical procedure (then préfecture)';

/** How the residence tax applies (L436-1, L436-4; F-7). */
export interface FeeRule {
  /**
   * `exempt-first-issue`: no L436-1 tax on first issue, the renewal tax afterwards;
   * `exempt`: no L436-1 tax on first issue nor on renewal (retraité, L426-8/9; F-7 "always").
   * The stamp duty (L436-7) is due in both cases.
   */
  tax: 'standard' | 'reduced' | 'exempt-first-issue' | 'exempt' | 'aps' | 'free';
  /** L436-4 exemptions: refugees, stateless, PS, L423-22, L426-1 to L426-3; EU cards are free. */
  regularisationVisaExempt?: boolean;
  /** A fee point the reference marks low-confidence for this title. */
  verify?: boolean;
}

/** A document, possibly only when the answers call for it (e.g. a transcription only after a marriage abroad). */
export type DocumentSpec = DocumentId | { id: DocumentId; when: (s: Situation) => boolean };

export type TitleType =
  | 'cst' | 'csp' | 'cr' | 'aps' | 'rld-ue' | 'cr-permanent'
  | 'dz-certificate-1y' | 'dz-certificate-10y'
  | 'eu-family-card' | 'eu-permanent-card';

export interface Deadline {
  id: string;
  date: IsoDate;
  ref: ArticleRef;
  verify?: boolean;
}

export interface Card {
  id: CardId;
  legalBasis: readonly LegalBasis[];
  regime: Regime;
  kind: Kind;
  title: TitleType;
  /** The condition tree; the regime gate is its first node. */
  conditions: Condition;
  /** Defaults to all three. */
  reservations?: readonly Reservation[];
  /** Card-specific documents; the Annexe 10 common set is added by documents-for.ts. */
  documents: readonly DocumentSpec[];
  /** L412-7: the CER is required for the general regime; optional for Algerians, EU family… */
  cer?: 'required' | 'optional' | 'verify';
  channel: Channel;
  /** The channel is not confirmed for this title (F-1/F-2 ⚠). */
  channelVerify?: boolean;
  fee: FeeRule;
  /** Card length in months, and what it can lead to. */
  durationMonths?: number;
  /**
   * The commission du titre de séjour must be consulted before this card is refused to someone who meets its
   * conditions (L432-13; F-11; rules/commission.ts): `plein-droit-vpf`, a plein-droit "vie privée et familiale" card
   * (L423-x, L425-9); `aes-10-years`, the AES after 10 years' habitual residence (L435-1 al. 2). The plein-droit resident
   * cards need no field: their `title` says it.
   */
  commission?: 'plein-droit-vpf' | 'aes-10-years';
  /**
   * A "retraité" card (L426-8, L426-9; AFA 7 ter): a 10-year carte de séjour of its own (general-regime.md O-4; DZ-E7),
   * not a resident card, though its `title` is the nearest one. Outside the arrêté of 1 Jul 2024 that moved every
   * resident card's renewal to ANEF (F-1), so it stays at the préfecture.
   */
  retiree?: true;
  /** When the préfecture's silence counts as a refusal, where shorter than the general 4 months (R432-2; F-8). */
  implicitRefusal?: { days: number; ref: ArticleRef };
  leadsTo?: readonly CardId[];
  /** Route in force between these dates (inclusive). */
  validFrom?: IsoDate;
  validUntil?: IsoDate;
  confidence: Confidence;
  /** Card-level points to confirm (locale keys verify.<id>). */
  verify?: readonly string[];
  /** Points to confirm that concern only some people (e.g. one nationality): added while the card is open. */
  verifyWhen?: (s: Situation, ctx: EvalContext) => readonly string[];
  /** Cards this one must wait for (subsidiarity gates). */
  dependsOn?: readonly CardId[];
  /**
   * A case-by-case route (L435-1, L423-23, AFA 6-5; scenarios README): its result carries the
   * indicators (rules/indicators.ts) and a strength, and such routes come after the others in
   * `results`, ordered among themselves by strength.
   */
  caseByCase?: boolean;
  /**
   * AES (L435-1): when a plein-droit title other than a case-by-case route is eligible or possible,
   * the result carries the note `prefer-title-of-right` naming it (circular of 23 Jan 2025: legal
   * grounds first). The note never closes the card.
   */
  preferTitleOfRight?: boolean;
  /** Cards of another regime this card replaces (Catala-style declared overlap). */
  displaces?: readonly CardId[];
  deadlines?: (s: Situation, ctx: EvalContext) => Deadline[];
  /** Facts that are not conditions but are needed for this card's deadlines, fee or documents. */
  infoNeeds?: readonly FactId[];
  /** Card-specific warnings (locale keys warnings.<id>). */
  warnings?: (s: Situation, ctx: EvalContext) => string[];
  sources: readonly string[];
}

/**
 * One person who meets a card (issue 16), exported at the end of its card file as `example` (or `examples` for a file
 * that builds several cards): a title of right is `eligible` for them; a discretionary or case-by-case route is
 * `possible` with only the points the préfet or the OFII assesses left open. tests/conditions-generated.test.ts takes
 * each condition of the card away in turn from this person and checks that the card names it.
 */
export type CardExample = {
  card: CardId;
  /** The evaluation date, when the person only meets the card on a given day (default: the tests' 2026-11-22, or the persona's). */
  asOf?: IsoDate;
} & (
  | { situation: Situation; persona?: never }
  /**
   * A public scenario's person (shared/scenarios/public.md): its answers are written once, in its persona file
   * tests/fixtures/scenarios/<id>.json (tests/personas.test.ts fails on a copy); the tests read them from there.
   */
  | { persona: `P${number}`; situation?: never }
);
