// P05 — Ivorian, six years undocumented, 30 months of payslips in a shortage occupation (public.md).
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/scenarios/P05.json';
import { card, expectCard, expectIndicators, resultText, run } from '../helpers/scenario';

describe('P05', () => {
  const ev = run(fixture, '2026-11-22');

  it('proposes L435-4, discretionary and possible, integration unknown, end date shown with a verify flag', () => {
    const r = card(ev, ['CESEDA L435-4']);
    expectCard(r, {
      status: 'possible',
      kind: 'discretionary',
      unknown: ['integration-and-republican-values'],
      channel: 'préfecture',
      verify: true,
      warnings: ['file-before-route-ends'],
      documents: ['aes-request-form', 'payslips', 'employment-contract', 'employer-certificate', 'proof-of-presence-each-year', 'signed-cer', 'french-language-evidence'],
    });
    expect(r.verifyNotes).toContain('check-extension');
    expect(r.deadlines).toContainEqual(expect.objectContaining({ id: 'l435-4-route-ends', date: '2026-12-31' }));
    expect(r.validUntil).toBe('2026-12-31');
    // Met: 12 of the last 24 months, currently employed, 3 years' residence, no excluded periods (no student,
    // seasonal, asylum-seeker or self-employed time: AES-4).
    expectCard(r, {
      status: 'possible',
      notRequired: ['twelve-months-in-shortage-occupation', 'currently-employed-in-shortage-occupation', 'three-years-uninterrupted-residence', 'three-years-without-excluded-periods', 'no-excluded-periods', 'no-valid-title'],
    });
    expect(r.missing).not.toContain('countableResidenceYears');
  });

  it('proposes L435-1, discretionary and possible, at the préfecture: the reasons are for the préfet', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expectCard(r, { status: 'possible', kind: 'discretionary', channel: 'préfecture', unknown: ['humanitarian-or-exceptional-reasons'] });
    expect(r.conditions.children.find((c) => c.id === 'humanitarian-or-exceptional-reasons')?.assessedBy).toBe('prefet');
  });

  // Indicators for both case-by-case routes; neither carries prefer-title-of-right (L435-4 is discretionary).
  const INDICATORS = {
    'presence-7-years': 'unmet', 'work-or-job-offer': 'met', 'family-in-france': 'unmet',
    'french-attested': 'unmet', 'complied-with-removal-orders': 'met',
  } as const;

  it('L423-23 is possible, decided case by case: private life counts, no family-in-France gate', () => {
    const r = card(ev, ['CESEDA L423-23']);
    expectCard(r, { status: 'possible', kind: 'plein-droit', channel: 'préfecture', unknown: ['disproportionate-interference'], notRequired: ['not-within-listed-family-card', 'cannot-use-regroupement-familial'] });
    expectIndicators(r, INDICATORS, 'mixed');
    expect(r.notes).toEqual([]);
  });

  it('AES shows the same indicators, strength mixed, and no prefer-title-of-right note', () => {
    const r = card(ev, ['CESEDA L435-1']);
    expectIndicators(r, INDICATORS, 'mixed');
    expect(r.notes).toEqual([]);
  });

  it('L435-4 comes before the case-by-case routes in the results', () => {
    const at = (id: string) => ev.results.findIndex((r) => r.id === id);
    expect(at('ceseda-l435-4')).toBeLessThan(at('ceseda-l423-23'));
    expect(at('ceseda-l435-4')).toBeLessThan(at('ceseda-l435-1'));
  });

  it('indicators never change a status: with every indicator met the routes stay possible', () => {
    const ev2 = run({ ...fixture, habitualResidenceSince: '2015-01-01', frenchLevel: 'b1', familyTiesInFrance: true, closeFamilyAbroad: false }, '2026-11-22');
    for (const basis of [['CESEDA L423-23'], ['CESEDA L435-1']]) {
      const r = card(ev2, basis);
      expect(r.status).toBe('possible');
      expect(r.strength).toBe('strong');
    }
  });

  it('fee: €300 tax + €50 stamp + €300 visa de régularisation (€100 at filing)', () => {
    const fee = card(ev, ['CESEDA L435-4']).fee;
    expect(fee.total).toBe(650);
    expect(fee.parts.find((p) => p.id === 'regularisation-visa')?.atFiling).toBe(100);
  });

  it('L421-1 is not-eligible: no long-stay "salarié" visa and no work authorisation', () => {
    expectCard(card(ev, ['CESEDA L421-1']), { status: 'not-eligible', unmet: ['long-stay-salarie-visa', 'work-authorisation'] });
  });

  it('no plein-droit card is proposed (family, health, youth, protection…) but the case-by-case L423-23', () => {
    const open = ev.results.filter((r) => r.kind === 'plein-droit' && r.status !== 'not-eligible' && r.id !== 'ceseda-l423-23');
    expect(open.map((r) => r.id)).toEqual([]);
  });

  it('absent: Valls thresholds, a commission referral, the employer\'s backing as a condition', () => {
    const text = resultText(ev);
    expect(text).not.toMatch(/valls/i);
    expect(text).not.toMatch(/commission/i);
    expect(text).not.toMatch(/employer-(support|backing|consent)/i);
  });
});

describe('P05-b', () => {
  const ev = run(fixture, '2027-01-15');

  it('L435-4 is not-eligible after 31 Dec 2026, with the "check-extension" verify note', () => {
    const r = card(ev, ['CESEDA L435-4']);
    expectCard(r, { status: 'not-eligible', unmet: ['not-in-force-on-date'], verify: true });
    expect(r.verifyNotes).toContain('check-extension');
    expect(r.deadlines).toEqual([]);
  });

  it('L435-1 stays possible', () => {
    expectCard(card(ev, ['CESEDA L435-1']), { status: 'possible', kind: 'discretionary', channel: 'préfecture' });
  });
});
