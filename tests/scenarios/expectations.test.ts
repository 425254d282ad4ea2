/**
 * Every persona file's "Test expectations" (shared/scenarios/public.md, corrected 2026-12-03), asserted on the
 * evaluation of its answers on its date: status, kind, unmet / unknown / not-required condition ids, channel,
 * verify flag, warnings, key documents, the prefer-title-of-right note, order in `results`, indicators and
 * strength. The expectations are written once, in tests/fixtures/scenarios/<id>.json; tests/scenarios/<id>.test.ts
 * adds what the list's prose asks beyond them (absences, fees, deadlines, what-if variants of the same person).
 */
import { describe, it } from 'vitest';
import { PERSONAS } from '../helpers/personas';
import { expectFromPersona, run } from '../helpers/scenario';

for (const p of PERSONAS) {
  describe(`${p.id} ${p.title}`, () => {
    for (const [label, asOf, list] of [[p.id, p.asOf, p.expect] as const, ...(p.variants ?? []).map((v) => [v.id, v.asOf, v.expect] as const)]) {
      const ev = run(p.situation, asOf);
      for (const e of list) it(`${label} on ${asOf}: ${e.card} (${e.legalBasis.join(' + ')}) is ${e.status}`, () => expectFromPersona(ev, e));
    }
  });
}
