// P09: the expectations list is in the persona file (tests/fixtures/scenarios/P09.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const p = persona('P09');
const ev = run(p.situation, p.asOf);

describe('P09', () => {
  it('absent on 6-4: the CESEDA 2-year test, the L423-8 proof, visa, lawful stay, language or civic exam', () => {
    const r = card(ev, ['AFA 6-4']);
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['contributes-since-birth-or-2-years', 'french-parent-contributes', 'french-parent-contributes-if-recognition', 'long-stay-visa', 'lawful-stay', 'french-b1', 'civic-exam-resident']) {
      expect(ids).not.toContain(id);
    }
    expect(r.documents).not.toContain('french-parent-contribution-proof');
    expect(r.title).not.toBe('csp');
    expect(ev.results.filter((x) => x.regime === 'algeria').every((x) => x.title !== 'csp')).toBe(true);
  });
});
