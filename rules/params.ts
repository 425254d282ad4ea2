/**
 * Dated parameters: amounts, thresholds and dates, each step with its source, whose register entry
 * (rules/references.ts) says when it was last checked. Code reads them through `paramOn(name, asOf)`, never as literals.
 */
import type { IsoDate } from './dates';
import type { ArticleRef } from './references';

/**
 * One value from one date (OpenFisca-style): each step says which text set it (`ref`, checked on its register
 * `verifiedOn`) and whether the reference marks it uncertain (L / ⚠). A new amount is one new step.
 */
interface Step<T> {
  from: IsoDate;
  value: T;
  /** The text that set this value (the article, or the law or decree that changed it). */
  ref: ArticleRef;
  /** L / ⚠ in the legal reference: an amount read from this step is "to be confirmed". */
  verify?: boolean;
}
interface Param<T> {
  /** The article the parameter applies (shown beside a fee). */
  ref: ArticleRef;
  steps: readonly Step<T>[];
}

/** F-7: the 2021 amounts (ordonnance 2020-1733, in force 1 May 2021). */
const since2021 = (ref: ArticleRef, value: number, extra: { verify?: boolean } = {}): Step<number> =>
  ({ from: '2021-05-01', value, ref, ...extra });
/** F-7 ⚠: LF 2026 art. 128, from 1 May 2026; the consolidated text was not seen. */
const lf2026 = (value: number, extra: { verify?: boolean } = {}): Step<number> =>
  ({ from: '2026-05-01', value, ref: 'LF 2026 art. 128', ...extra });

export const PARAMS = {
  /** L436-1 I; LF 2026 art. 128, from 1 May 2026 (⚠ consolidated text not seen). */
  firstIssueTax: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 200), lf2026(300, { verify: true })] },
  firstIssueTaxReduced: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 50), lf2026(100, { verify: true })] },
  /** Renewal amounts unchanged by the adopted LF 2026 (the €300 in some press came from the bill). */
  renewalTax: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 200)] },
  renewalTaxReduced: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 50)] },
  /**
   * L436-7 (successor of old L311-16). The €50 from 1 May 2026 is not flagged: legal/README ⚠ 2 rates it M-H ("stamp
   * duty €50 under L436-7"), the préfecture tariff quoted there bears it out (€350 first issue all in = €300 + €50;
   * €100 reduced renewal = €50 + €50), and it is due on every title, whatever the exempt and reduced lists LF 2026 may
   * not have kept (the open point of ⚠ 2). M points go to the volunteer trace, not a notice (README "Rules for the code" 1).
   */
  stampDuty: { ref: 'CESEDA L436-7', steps: [since2021('CESEDA L436-7', 25), lf2026(50)] },
  /**
   * L436-4: the part paid at filing is kept even if the request fails. The €300 (€100 at filing) from 1 May 2026 is
   * flagged like the first-issue amounts: F-7 marks the 2026 column ⚠ (consolidated text not seen), only the UNAFO
   * table gives it (README ⚠ 2; the préfecture tariff quoted there does not), and L436-4's own exemption list is
   * among the lists LF 2026 may not have kept (⚠ 2 "still open").
   */
  regularisationVisa: { ref: 'CESEDA L436-4', steps: [since2021('CESEDA L436-4', 200), lf2026(300, { verify: true })] },
  regularisationVisaAtFiling: { ref: 'CESEDA L436-4', steps: [since2021('CESEDA L436-4', 50), lf2026(100, { verify: true })] },
  /**
   * The L436-1 tax on a title on the exempt lists: nothing (F-7 "Tax-exempt": on first issue L423-22, L424-1/3,
   * L424-9/11, L424-18/19, L425-9, L426-2; always the retraité cards L426-8/9). Whether LF 2026 kept these lists is
   * UNCONFIRMED (F-7; legal/README ⚠ 2 "still open"): the exemption is certain before 1 May 2026 and to be confirmed
   * from that date, like any amount, through the step in force.
   */
  exemptTax: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 0), lf2026(0, { verify: true })] },
  /** L436-1 II: new tax on APS from 1 May 2026 (exemptions unclear ⚠); free before. */
  apsTax: { ref: 'CESEDA L436-1', steps: [since2021('CESEDA L436-1', 0), lf2026(100, { verify: true })] },
  /** Student resources per month (S-1; revised yearly ⚠). */
  studentMonthlyResources: { ref: 'CESEDA L422-1', steps: [since2021('CESEDA L422-1', 615, { verify: true })] },
  /** Student yearly work cap in hours (S-1). */
  studentWorkHoursCap: { ref: 'CESEDA L422-1', steps: [since2021('CESEDA L422-1', 964)] },
  /** Talent – salarié qualifié: gross yearly pay (arrêté of 21 Aug 2025). */
  talentQualifiedPay: { ref: 'CESEDA L421-9', steps: [{ from: '2025-08-21', value: 39582, ref: 'arrêté 21 Aug 2025 (talent pay)' }] },
  /** Talent – carte bleue européenne: gross yearly pay. */
  blueCardPay: { ref: 'CESEDA L421-11', steps: [{ from: '2025-08-21', value: 59373, ref: 'arrêté 21 Aug 2025 (talent pay)' }] },
  /**
   * CR-11 (L426-10, M ⚠: article text not seen): jobs created or saved, and investment in fixed assets
   * (euros). The date is that of the codification (1 May 2021); the rule dates from old L314-15.
   */
  economicContributionJobs: { ref: 'CESEDA L426-10', steps: [since2021('CESEDA L426-10', 50, { verify: true })] },
  economicContributionInvestment: { ref: 'CESEDA L426-10', steps: [since2021('CESEDA L426-10', 10_000_000, { verify: true })] },
} as const satisfies Record<string, Param<number>>;

export type ParamName = keyof typeof PARAMS;

/**
 * A valid date before a parameter's first known value (fees before May 2021, pay thresholds before
 * 21 Aug 2025): the amount in force then is not in this table. Callers say "amount unknown"; a
 * condition that reads it is unknown (logic.ts), never unmet and never a crash (issue 12).
 */
export class ParamNotKnownOnDate extends RangeError {
  constructor(readonly param: ParamName, readonly asOf: IsoDate, readonly firstKnown: IsoDate | undefined) {
    super(`${param} has no known value on ${asOf} (first value from ${firstKnown ?? '—'})`);
    this.name = 'ParamNotKnownOnDate';
  }
}

/** The step in force on `asOf`, or undefined before the first known value. */
export function stepOn(name: ParamName, asOf: IsoDate): Step<number> | undefined {
  let found: Step<number> | undefined;
  for (const step of PARAMS[name].steps as readonly Step<number>[]) if (step.from <= asOf) found = step;
  return found;
}

/** The value in force on `asOf`, or undefined before the first known value. */
export function paramIfKnown(name: ParamName, asOf: IsoDate): number | undefined {
  return stepOn(name, asOf)?.value;
}

/** Whether the amount in force on `asOf` is marked uncertain (its step's `verify`). */
export const amountUncertainOn = (name: ParamName, asOf: IsoDate): boolean => stepOn(name, asOf)?.verify === true;

/**
 * Values written into locale strings (`{{name}}`, filled in by locales/index.ts): thresholds the
 * condition texts state, such as L426-10's 50 jobs and €10 million. Only parameters with a single
 * step may be written into a text that has no date (tests/params-text.test.ts); one whose amount
 * changes on a date belongs in a condition, not in the sentence.
 */
export const TEXT_VALUES = {
  economicContributionJobs: () => onlyValue('economicContributionJobs'),
  economicContributionInvestmentMillions: () => onlyValue('economicContributionInvestment') / 1_000_000,
} as const;
export type TextValueName = keyof typeof TEXT_VALUES;

function onlyValue(name: ParamName): number {
  const steps = PARAMS[name].steps as readonly Step<number>[];
  if (steps.length !== 1) throw new Error(`${name} changes on a date: it cannot be written into an undated text`);
  return steps[0]!.value;
}

export const textValues = (): Record<TextValueName, number> =>
  Object.fromEntries(Object.entries(TEXT_VALUES).map(([k, f]) => [k, f()])) as Record<TextValueName, number>;

/** The value in force on `asOf`; throws ParamNotKnownOnDate before the first known value. */
export function paramOn(name: ParamName, asOf: IsoDate): number {
  const value = paramIfKnown(name, asOf);
  if (value === undefined) throw new ParamNotKnownOnDate(name, asOf, (PARAMS[name].steps as readonly Step<number>[])[0]?.from);
  return value;
}

/** Dates that open or close a rule. */
export const DATES = {
  /** L435-4 is experimental "jusqu'au 31 décembre 2026" (loi 2024-42 art. 27); no extension found (⚠). */
  shortageOccupationsRouteEnds: '2026-12-31',
  /** 2026 French and civic exam requirements (décret 2025-647). */
  integrationExamsFrom: '2026-01-01',
  /** CER for applications from 17 Jul 2024 (décret 2024-811). */
  cerFrom: '2024-07-17',
} as const;
