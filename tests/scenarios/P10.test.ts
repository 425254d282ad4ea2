// P10: the expectations list is in the persona file (tests/fixtures/scenarios/P10.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const p = persona('P10');
const ev = run(p.situation, p.asOf);

describe('P10', () => {
  it('AFA 7bis-a: the renewal window 2026-12-01 – 2027-01-30, a 10-year certificat', () => {
    const r = card(ev, ['AFA 7bis-a']);
    expect(r.deadlines.map((d) => [d.id, d.date])).toEqual([['renewal-window-opens', '2026-12-01'], ['renewal-window-closes', '2027-01-30']]);
    expect(r.title).toBe('dz-certificate-10y');
  });

  it('the renewal of the certificat held (AFA 6-2) carries no entry condition (X6)', () => {
    expect(walk(card(ev, ['AFA 6-2']).conditions).map((n) => n.id)).toContain('entry-checked-at-first-card');
  });

  it('fee: renewal or first-issue tax unsettled, flagged for checking', () => {
    const r = card(ev, ['AFA 7bis-a']);
    expect(r.fee.verify).toBe(true);
    expect(r.verifyNotes).toContain('fee');
    expect(r.fee.parts.map((x) => x.id)).toContain('stamp-duty');
  });

  it('absent: any CSP; long-stay visa, French level, civic exam or mayor opinion as conditions', () => {
    const r = card(ev, ['AFA 7bis-a']);
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'french-b1', 'french-level-b1', 'civic-exam-resident', 'mayor-opinion', 'integration-l413-7']) expect(ids).not.toContain(id);
    expect(ev.results.filter((x) => x.status !== 'not-eligible').every((x) => x.title !== 'csp')).toBe(true);
  });
});
