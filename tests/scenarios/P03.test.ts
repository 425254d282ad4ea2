import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P03.json';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture.situation, fixture.asOf);

describe('P03', () => {
  it('proposes AFA 6-1, plein droit, eligible, filed at the préfecture (channel verify)', () => {
    const r = card(ev, ['AFA 6-1']);
    expectCard(r, {
      status: 'eligible',
      kind: 'plein-droit',
      channel: 'préfecture',
      documents: ['passport-visa-and-entry-stamp', 'birth-certificate', 'proof-of-presence-each-year', 'proof-of-address', 'photos'],
      verify: true,
    });
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

  it('7 bis f) and h) are not eligible on their own conditions', () => {
    expectCard(card(ev, ['AFA 7bis-f']), { status: 'not-eligible', unmet: ['lawful-residence-more-than-10-years'] });
    expectCard(card(ev, ['AFA 7bis-h']), { status: 'not-eligible', unmet: ['holds-1-year-vpf-certificat'] });
  });

  it('CESEDA AES and L423-23 are closed: the accord governs Algerians', () => {
    for (const basis of [['CESEDA L435-1'], ['CESEDA L435-4'], ['CESEDA L423-23']]) {
      expectCard(card(ev, basis), { status: 'not-eligible', unmet: ['applicable-regime'] });
    }
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

  it('6-5 yields to 6-1 (subsidiarity)', () => {
    expectCard(card(ev, ['AFA 6-5']), { status: 'not-eligible', unmet: ['within-another-art-6-case'] });
  });
});
