// P18: the expectations list is in the persona file (tests/fixtures/scenarios/P18.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, nodeStates, run, traceNode } from '../helpers/scenario';

const p = persona('P18');
const ev = run(p.situation, p.asOf);

describe('P18 68-year-old with 12 years of regular residence asking for a carte de résident', () => {
  it('L426-17: B1 and the civic exam never asked over 65; the exemption from the civic exam stays in the trace (M)', () => {
    const r = card(ev, ['CESEDA L426-17']);
    expect(r.channelVerify).toBe(true);
    expect(r.missing).not.toContain('frenchLevel');
    expect(r.missing).not.toContain('civicExamPassed');
    const states = nodeStates(r.conditions);
    expect(states.get('aged-over-65')).toEqual(['met', 'met']);
    // The civic-exam exemption over 65 rests on lawyers' summaries for the CR (X5, M): trace only, no verify note.
    const over65InCivic = traceNode(r.conditions, 'civic-exam-resident')!.children.find((n) => n.id === 'aged-over-65');
    expect(over65InCivic?.confidence).toBe('M');
    expect(r.verifyNotes).not.toContain('civic-exam-over-65');
  });
});
