/**
 * Dated parameters: amounts, thresholds and dates, each with its source and the day
 * it was last checked. Code reads them through `paramOn(name, asOf)`, never as literals.
 */
import type { ArticleRef } from './references';
import type { IsoDate } from './dates';

interface Step<T> {
  from: IsoDate;
  value: T;
}
interface Param<T> {
  ref: ArticleRef;
  verifiedOn: IsoDate;
  /** L / ⚠ in the legal reference: show "to be confirmed". */
  verify?: boolean;
  steps: readonly Step<T>[];
}

const VERIFIED = '2026-11-22';

export const PARAMS = {
  /** L436-1 I; LF 2026 art. 128, from 1 May 2026 (⚠ consolidated text not seen). */
  firstIssueTax: { ref: 'CESEDA L436-1', verifiedOn: VERIFIED, verify: true, steps: [{ from: '2021-05-01', value: 200 }, { from: '2026-05-01', value: 300 }] },
  firstIssueTaxReduced: { ref: 'CESEDA L436-1', verifiedOn: VERIFIED, verify: true, steps: [{ from: '2021-05-01', value: 50 }, { from: '2026-05-01', value: 100 }] },
  /** Renewal amounts unchanged by the adopted LF 2026 (the €300 in some press came from the bill). */
  renewalTax: { ref: 'CESEDA L436-1', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 200 }] },
  renewalTaxReduced: { ref: 'CESEDA L436-1', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 50 }] },
  /** L436-7 (successor of old L311-16). */
  stampDuty: { ref: 'CESEDA L436-7', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 25 }, { from: '2026-05-01', value: 50 }] },
  /** L436-4: the part paid at filing is kept even if the request fails. */
  regularisationVisa: { ref: 'CESEDA L436-4', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 200 }, { from: '2026-05-01', value: 300 }] },
  regularisationVisaAtFiling: { ref: 'CESEDA L436-4', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 50 }, { from: '2026-05-01', value: 100 }] },
  /** L436-1 II: new tax on APS (exemptions unclear ⚠). */
  apsTax: { ref: 'CESEDA L436-1', verifiedOn: VERIFIED, verify: true, steps: [{ from: '2021-05-01', value: 0 }, { from: '2026-05-01', value: 100 }] },
  /** Student resources per month (S-1; revised yearly ⚠). */
  studentMonthlyResources: { ref: 'CESEDA L422-1', verifiedOn: VERIFIED, verify: true, steps: [{ from: '2021-05-01', value: 615 }] },
  /** Student yearly work cap in hours (S-1). */
  studentWorkHoursCap: { ref: 'CESEDA L422-1', verifiedOn: VERIFIED, steps: [{ from: '2021-05-01', value: 964 }] },
  /** Talent – salarié qualifié: gross yearly pay (arrêté of 21 Aug 2025). */
  talentQualifiedPay: { ref: 'CESEDA L421-9', verifiedOn: VERIFIED, steps: [{ from: '2025-08-21', value: 39582 }] },
  /** Talent – carte bleue européenne: gross yearly pay. */
  blueCardPay: { ref: 'CESEDA L421-11', verifiedOn: VERIFIED, steps: [{ from: '2025-08-21', value: 59373 }] },
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

/** The value in force on `asOf`, or undefined before the first known value. */
export function paramIfKnown(name: ParamName, asOf: IsoDate): number | undefined {
  const steps = PARAMS[name].steps as readonly Step<number>[];
  let value: number | undefined;
  for (const step of steps) if (step.from <= asOf) value = step.value;
  return value;
}

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
