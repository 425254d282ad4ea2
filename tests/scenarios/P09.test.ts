import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P09.json';
import { card, expectCard, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture.situation, fixture.asOf);

describe('P09', () => {
  it('proposes AFA 6-4, plein droit, eligible, on ANEF, with the key documents', () => {
    expectCard(card(ev, ['AFA 6-4']), {
      status: 'eligible',
      kind: 'plein-droit',
      channel: 'ANEF',
      documents: ['child-birth-certificate', 'recognition-record', 'child-french-nationality-proof', 'parental-authority-proof', 'proof-of-contribution-to-child', 'passport', 'birth-certificate', 'proof-of-address'],
    });
  });

  it('not eligible: CESEDA L423-7 (regime), 7 bis g) (no expiring 6-4 certificat), 6-5 (another art. 6 case)', () => {
    expectCard(card(ev, ['CESEDA L423-7', 'CESEDA L423-8']), { status: 'not-eligible', unmet: ['applicable-regime'] });
    expectCard(card(ev, ['AFA 7bis-g']), { status: 'not-eligible', unmet: ['holds-6-4-certificat'] });
    expectCard(card(ev, ['AFA 6-5']), { status: 'not-eligible', unmet: ['within-another-art-6-case'] });
  });

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
