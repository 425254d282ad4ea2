import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P16.json';
import { card, expectCard, run } from '../helpers/scenario';

const ev = run(fixture.situation, fixture.asOf);

describe('P16', () => {
  it('proposes the AFT 3 10-year card: discretionary, possible, exam and CER unknown with verify flags, préfecture', () => {
    const r = card(ev, ['AFT 3'], 'aft-3-resident');
    expectCard(r, {
      status: 'possible',
      kind: 'discretionary',
      unknown: ['integration-if-applicable', 'cer-if-required'],
      channel: 'préfecture',
      verify: true,
      documents: ['current-title', 'previous-titles', 'employment-contract', 'payslips', 'tax-notices', 'proof-of-address', 'passport'],
    });
    expect(r.verifyNotes).toEqual(expect.arrayContaining(['aft-3-resident-article', 'tn-integration-exam', 'cer-tunisians', 'channel']));
    expect(r.title).toBe('cr');
  });

  it('also shows the AFT 3 salarié renewal: plein droit, eligible', () => {
    expectCard(card(ev, ['AFT 3'], 'aft-3-salarie'), { status: 'eligible', kind: 'plein-droit' });
  });

  it('CESEDA L433-4 is possible with a verify flag, never eligible', () => {
    const r = card(ev, ['CESEDA L433-4']);
    expect(r.status).toBe('possible');
    expect(r.verify).toBe(true);
  });

  it('AES L435-1 stays possible on its VPF ground (salarié closed to Tunisians, TN-11, verify), naming the AFT 3 renewal, after it', () => {
    const aes = card(ev, ['CESEDA L435-1']);
    expectCard(aes, { status: 'possible', kind: 'discretionary', unknown: ['humanitarian-or-exceptional-reasons'], verify: true });
    expect(aes.verifyNotes).toContain('accord-salaried-aes');
    expect(aes.notes.find((n) => n.id === 'prefer-title-of-right')?.cardIds).toContain('aft-3-salarie');
    const at = (id: string) => ev.results.findIndex((r) => r.id === id);
    expect(at('aft-3-salarie')).toBeLessThan(at('ceseda-l435-1'));
  });

  it('not eligible: AFT 10 and L426-17 (5 years), L435-4 (valid title), AFT 7ter-b (since age 10), Algerian and Moroccan cards', () => {
    expectCard(card(ev, ['AFT 10'], 'aft-10'), { status: 'not-eligible', unmet: ['lawful-residence-5-years'] });
    expectCard(card(ev, ['CESEDA L426-17']), { status: 'not-eligible', unmet: ['lawful-residence-5-years'] });
    expectCard(card(ev, ['CESEDA L435-4']), { status: 'not-eligible', unmet: ['no-valid-title'] });
    expectCard(card(ev, ['AFT 7ter-b']), { status: 'not-eligible', unmet: ['resident-since-age-10'] });
    for (const r of ev.results.filter((x) => x.regime === 'algeria')) expectCard(r, { status: 'not-eligible', unmet: ['nationality-algerian'] });
    for (const r of ev.results.filter((x) => x.regime === 'morocco')) expectCard(r, { status: 'not-eligible', unmet: ['nationality-moroccan'] });
  });

  it('CESEDA L435-4 not eligible: the Tunisian accord governs salaried work (TN-11), with the verify note', () => {
    const r = card(ev, ['CESEDA L435-4']);
    expectCard(r, { status: 'not-eligible', unmet: ['open-to-nationality', 'salaried-route-open-despite-accord'], verify: true });
    expect(r.verifyNotes).toContain('accord-salaried-aes');
  });

  it('absent: regroupement familial as a title for him', () => {
    expect(ev.results.some((r) => /regroupement|family-reunification/.test(r.id))).toBe(false);
  });
});
