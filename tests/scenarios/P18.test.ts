import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P18.json';
import { card, expectCard, nodeStates, run } from '../helpers/scenario';
import { walk } from '../../rules/logic';

const ev = run(fixture, '2026-11-22');

describe('P18 68-year-old with 12 years of regular residence asking for a carte de résident', () => {
  it('proposes L426-17 as possible: absences and the mayor\'s opinion unknown; B1 and the civic exam not required over 65', () => {
    const r = card(ev, ['CESEDA L426-17']);
    expectCard(r, {
      status: 'possible', kind: 'plein-droit', channel: 'Paris police prefecture', verify: true,
      unknown: ['absences-within-limits', 'mayor-opinion'],
      // Revised P18 (2026-12-03): "B1 French and the civic exam shown as not required (over 65: service-public F39530)".
      notRequired: ['french-b1', 'civic-exam-resident', 'lawful-residence-5-years', 'stable-resources-at-least-smic', 'health-insurance'],
      documents: ['previous-titles', 'pension-award-letters', 'tax-notices', 'health-insurance-certificate', 'list-of-trips-abroad', 'passport', 'proof-of-address'],
    });
    expect(r.channelVerify).toBe(true);
    expect(r.missing).not.toContain('frenchLevel');
    expect(r.missing).not.toContain('civicExamPassed');
    const states = nodeStates(r.conditions);
    expect(states.get('aged-over-65')).toEqual(['met', 'met']);
    // The civic-exam exemption over 65 rests on lawyers' summaries for the CR (X5, M): trace only, no verify note.
    const over65InCivic = walk(r.conditions).find((n) => n.id === 'civic-exam-resident')!.children.find((n) => n.id === 'aged-over-65');
    expect(over65InCivic?.confidence).toBe('M');
    expect(r.verifyNotes).not.toContain('civic-exam-over-65');
  });

  it('his multi-year salarié card is renewable only while he works: retired, the CSP renewal is not-eligible (still-employed), and the 1-year salarié card is below the card he holds', () => {
    expectCard(card(ev, ['CESEDA L433-4']), { status: 'not-eligible', unmet: ['still-employed'] });
    expectCard(card(ev, ['CESEDA L421-1']), { status: 'not-eligible', unmet: ['not-below-title-held'] });
  });

  it('does not propose the permanent card, the family resident cards or the retraité card', () => {
    expectCard(card(ev, ['CESEDA L426-4']), { status: 'not-eligible', unmet: ['holds-resident-card'] });
    expectCard(card(ev, ['CESEDA L423-6']), { status: 'not-eligible', unmet: ['married-to-french-national'] });
    expectCard(card(ev, ['CESEDA L423-10']), { status: 'not-eligible', unmet: ['parent-of-french-minor-child'] });
    expectCard(card(ev, ['CESEDA L423-16']), { status: 'not-eligible', unmet: ['admitted-through-family-reunification'] });
    expectCard(card(ev, ['CESEDA L426-8']), { status: 'not-eligible', unmet: ['former-resident-living-abroad'] });
  });
});
