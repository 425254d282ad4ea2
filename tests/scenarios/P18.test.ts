import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P18.json';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';

const ev = run(fixture, '2026-11-22');

describe('P18 68-year-old with 12 years of regular residence asking for a carte de résident', () => {
  it('proposes L426-17 as possible: absences, civic exam over 65 (verify) and the mayor\'s opinion unknown; no B1', () => {
    const r = card(ev, ['CESEDA L426-17']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'Paris police prefecture', verify: true,
      unknown: ['absences-within-limits', 'civic-exam-resident', 'mayor-opinion'],
      notRequired: ['french-b1', 'lawful-residence-5-years', 'stable-resources-at-least-smic', 'health-insurance'],
      documents: ['previous-titles', 'pension-award-letters', 'tax-notices', 'health-insurance-certificate', 'list-of-trips-abroad', 'passport', 'proof-of-address'],
    });
    expect(r.channelVerify).toBe(true);
    expect(r.verifyNotes).toContain('civic-exam-over-65');
    expect(r.missing).not.toContain('frenchLevel');
    expect(nodeStates(r.conditions).get('aged-65-or-more')).toEqual(['met']);
  });

  it('does not propose the permanent card, the family resident cards or the retraité card', () => {
    expectCard(card(ev, ['CESEDA L426-4']), { status: 'not-eligible', unmet: ['holds-resident-card'] });
    expectCard(card(ev, ['CESEDA L423-6']), { status: 'not-eligible', unmet: ['married-to-french-national'] });
    expectCard(card(ev, ['CESEDA L423-10']), { status: 'not-eligible', unmet: ['parent-of-french-minor-child'] });
    expectCard(card(ev, ['CESEDA L423-16']), { status: 'not-eligible', unmet: ['admitted-through-family-reunification'] });
    expectCard(card(ev, ['CESEDA L426-8']), { status: 'not-eligible', unmet: ['former-resident-living-abroad'] });
  });
});
