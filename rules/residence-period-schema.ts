/**
 * The shape of one residence period (rules/residence-periods.ts derives the summary facts from a history of them).
 * Apart from the derivation so the Situation schema, which every question page loads, does not bring the derivation
 * and its thresholds into the pages' script.
 */
import * as z from 'zod/mini';
import { TITLES_HELD, TITLE_GROUNDS } from './facts';

/**
 * Kinds of stay: under a residence title (a validated VLS-TS and a récépissé count), under a student title, as an
 * asylum seeker, as a seasonal worker, under a title while self-employed (entrepreneur, profession libérale,
 * auto-entrepreneur), without a title, or outside France.
 */
export const PERIOD_KINDS = ['residence-title', 'student-title', 'asylum-seeker', 'seasonal-worker', 'self-employed', 'no-title', 'abroad'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The titles and grounds a period may name (the same answers as currentTitle and currentTitleGround). */
const HELD_TITLES = TITLES_HELD.filter((t) => t !== 'none') as [Exclude<(typeof TITLES_HELD)[number], 'none'>, ...Exclude<(typeof TITLES_HELD)[number], 'none'>[]];

export const ResidencePeriodSchema = z.strictObject({
  from: z.iso.date(),
  /** Absent: the period is still going on. */
  to: z.optional(z.iso.date()),
  kind: z.enum(PERIOD_KINDS),
  /** The card held in this period (a volunteer's history of titles: X6; renewals.ts), and its ground. */
  title: z.optional(z.enum(HELD_TITLES)),
  ground: z.optional(z.enum(TITLE_GROUNDS)),
});
export type ResidencePeriod = z.infer<typeof ResidencePeriodSchema>;
