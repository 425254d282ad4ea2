// P03: the expectations list is in the persona file (tests/fixtures/scenarios/P03.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const p = persona('P03');
const ev = run(p.situation, p.asOf);

describe('P03', () => {
  it('AFA 6-1 at the préfecture with a channel verify note; the 10-year threshold, not 15', () => {
    const r = card(ev, ['AFA 6-1']);
    expect(r.verifyNotes).toContain('channel');
    // 10-year threshold, not 15: never a student.
    expect(nodeStates(r.conditions).get('habitual-residence-more-than-10-years')).toEqual(['met']);
  });

  it('CER optional with a verify flag, never a required or unmet condition', () => {
    const r = card(ev, ['AFA 6-1']);
    expect(r.verifyNotes).toContain('cer-optional-algerians');
    expect(r.documents).not.toContain('signed-cer');
    const ids = [...walk(r.conditions)].map((n) => n.id);
    expect(ids.some((id) => id.includes('cer'))).toBe(false);
  });

  it('absent: commission referral, language or civic exam, any CSP, visa or lawful-stay condition on 6-1', () => {
    const r = card(ev, ['AFA 6-1']);
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'lawful-stay', 'lawful-entry', 'french-b1', 'civic-exam-resident', 'integration-l413-7']) expect(ids).not.toContain(id);
    for (const x of ev.results.filter((c) => c.regime === 'algeria')) {
      expect(x.title).not.toBe('csp');
      const nodes = [...walk(x.conditions)].map((n) => n.id);
      expect(nodes.some((id) => /french-b1|french-a2|civic-exam|commission/.test(id)), x.id).toBe(false);
    }
    expect(ev.results.filter((x) => x.status !== 'not-eligible').every((x) => x.title !== 'csp')).toBe(true);
    expect(JSON.stringify(ev.alerts)).not.toMatch(/commission/);
  });
});
