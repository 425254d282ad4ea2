/**
 * The CLI's JSON shape: { asOf, alerts, results: [{ id, legalBasis, kind, status, conditions, missing, reasons,
 * warnings, verify, …, notes, indicators?, strength? }], nextQuestions }.
 */
import type { ArticleRef } from './references';
import type { Evaluation } from './evaluate';
import type { Trace } from './logic';
import type { FactId } from './facts';

interface TraceOut {
  id: string;
  ref?: ArticleRef;
  state: Trace['value'];
  assessedBy?: string;
  verify?: string;
  missing?: FactId[];
  children?: TraceOut[];
}

const traceOut = (t: Trace): TraceOut => ({
  id: t.id,
  ...(t.ref ? { ref: t.ref } : {}),
  state: t.value,
  ...(t.assessedBy ? { assessedBy: t.assessedBy } : {}),
  ...(t.verify ? { verify: t.verify } : {}),
  ...(t.missing.length ? { missing: t.missing } : {}),
  ...(t.children.length ? { children: t.children.map(traceOut) } : {}),
});

export function toCliOutput(ev: Evaluation, nextQuestions: FactId[]) {
  return {
    asOf: ev.asOf,
    alerts: ev.alerts,
    ...(ev.heldTitle ? { heldTitle: ev.heldTitle } : {}),
    results: ev.results.map((r) => ({
      id: r.id,
      legalBasis: r.legalBasis,
      kind: r.kind,
      status: r.status,
      conditions: traceOut(r.conditions),
      missing: r.missing,
      reasons: r.reasons,
      warnings: r.warnings,
      verify: r.verify,
      verifyNotes: r.verifyNotes,
      channel: r.channel,
      fee: r.fee,
      deadlines: r.deadlines,
      ...(r.integrationPath ? { integrationPath: r.integrationPath } : {}),
      documents: r.documents,
      verifiedOn: r.verifiedOn,
      notes: r.notes,
      // Case-by-case routes only: non-binding indicators and how strong the case looks (never a status).
      ...(r.indicators ? { indicators: r.indicators, strength: r.strength } : {}),
    })),
    referrals: ev.referrals,
    nextQuestions,
  };
}
