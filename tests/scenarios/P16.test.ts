// P16: the expectations list is in the persona file (tests/fixtures/scenarios/P16.json, tests/scenarios/expectations.test.ts);
// here what its prose asks beyond it.
import { describe, expect, it } from 'vitest';
import { persona } from '../helpers/personas';
import { card, expectCard, run } from '../helpers/scenario';

const p = persona('P16');
const ev = run(p.situation, p.asOf);

describe('P16', () => {
  it('the AFT 3 10-year card: verify notes on the article, the exam, the CER and the channel; a carte de résident', () => {
    const r = card(ev, ['AFT 3'], 'aft-3-resident');
    expect(r.verifyNotes).toEqual(expect.arrayContaining(['aft-3-resident-article', 'tn-integration-exam', 'cer-tunisians', 'channel']));
    expect(r.title).toBe('cr');
  });

  it('CESEDA L433-4 is never eligible', () => {
    expect(card(ev, ['CESEDA L433-4']).status).not.toBe('eligible');
  });

  it('AES and L435-4 carry the verify note that the accord governs salaried work (TN-11)', () => {
    expect(card(ev, ['CESEDA L435-1']).verifyNotes).toContain('accord-salaried-aes');
    expect(card(ev, ['CESEDA L435-4']).verifyNotes).toContain('accord-salaried-aes');
  });

  it('every Algerian and Moroccan card is not-eligible on nationality', () => {
    for (const r of ev.results.filter((x) => x.regime === 'algeria')) expectCard(r, { status: 'not-eligible', unmet: ['nationality-algerian'] });
    for (const r of ev.results.filter((x) => x.regime === 'morocco')) expectCard(r, { status: 'not-eligible', unmet: ['nationality-moroccan'] });
  });

  it('absent: regroupement familial as a title for him', () => {
    expect(ev.results.some((r) => /regroupement|family-reunification/.test(r.id))).toBe(false);
  });
});
