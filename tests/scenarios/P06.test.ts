import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P06.json';
import { card, expectCard, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture.situation, fixture.asOf);
const CORE = ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2'];

describe('P06', () => {
  it('proposes the EU family member card (core family), plein droit, eligible, on ANEF', () => {
    expectCard(card(ev, CORE), {
      status: 'eligible',
      kind: 'plein-droit',
      channel: 'ANEF',
      documents: ['passport', 'marriage-certificate', 'eu-citizen-identity', 'eu-citizen-right-of-residence', 'proof-of-address', 'photos'],
    });
  });

  it('shows the filing deadline 2026-12-05 (R233-15)', () => {
    const r = card(ev, CORE);
    expect(r.deadlines).toContainEqual(expect.objectContaining({ id: 'file-within-3-months-of-entry', date: '2026-12-05', ref: 'CESEDA R233-15' }));
  });

  it('the "other family member" route is not eligible: she is a core family member', () => {
    expectCard(card(ev, ['CESEDA L200-5', 'CESEDA L233-3']), { status: 'not-eligible', unmet: ['not-core-family-member'] });
  });

  it('CESEDA Book IV family cards are not eligible: family of an EU citizen', () => {
    for (const basis of [['CESEDA L423-1'], ['CESEDA L423-2'], ['CESEDA L423-23']]) {
      expectCard(card(ev, basis), { status: 'not-eligible', unmet: ['applicable-regime', 'no-eu-family-right'] });
    }
  });

  it('absent: any tax, stamp duty or visa de régularisation; Book IV conditions; CER as required', () => {
    const r = card(ev, CORE);
    expect(r.fee.free).toBe(true);
    expect(r.fee.parts).toEqual([]);
    expect(r.fee.maybeParts).toEqual([]);
    expect(r.documents).not.toContain('tax-stamps');
    expect(r.documents).not.toContain('signed-cer');
    const ids = [...walk(r.conditions)].map((n) => n.id);
    for (const id of ['long-stay-visa', 'marriage-transcribed', 'marriage-transcribed-if-abroad', 'sufficient-resources', 'sickness-insurance', 'french-b1', 'french-level-a2', 'civic-exam-resident', 'civic-exam-passed', 'will-sign-cer']) {
      expect(ids).not.toContain(id);
    }
  });
});
