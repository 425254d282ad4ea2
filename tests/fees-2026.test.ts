/**
 * What a person is told to pay, file where and by when, checked against the legal reference
 * (shared/legal/filing-fees-remedies.md F-6, F-7, F-8; general-regime.md X8). Amounts in euros
 * as a lawyer would check them on the tax-stamp site, on 2026-11-30.
 */
import { describe, expect, it } from 'vitest';
import type { Situation } from '../rules';
import type { CardResult } from '../rules/evaluate';
import type { CardId } from '../rules/card';
import { GENERAL_REGIME_PERSON, result as cardResult } from './helpers/card-cases';
import { EXAMPLE_AS_OF, exampleResult } from './helpers/card-examples';

const AS_OF = '2026-11-30';

const BASE = GENERAL_REGIME_PERSON;
const result = (s: Situation, id: string): CardResult => cardResult(id, s, AS_OF);
const amounts = (r: CardResult) => r.fee.parts.map((p) => [p.id, p.amount]);
/** A card's own example person (tests/helpers/card-examples.ts), with changes, on a given date. */
const at = (id: CardId, asOf: string, change: Situation = {}) => exampleResult(id, change, asOf);

describe('F-7: the retraité cards (L426-8, L426-9) are tax-exempt on first issue and on renewal', () => {
  const retiree: Situation = { ...BASE, formerResidentLivingAbroad: true, frenchRetirementPension: true };
  const spouse: Situation = { ...BASE, maritalStatus: 'married', spouseHoldsRetireeCard: true, formerResidentLivingAbroad: true };

  it('first issue: only the €50 stamp duty', () => {
    const r = result(retiree, 'ceseda-l426-8');
    expect(amounts(r)).toEqual([['stamp-duty', 50]]);
    expect(r.fee.total).toBe(50);
  });

  it('renewal of the 10-year card: still no €200 renewal tax, only the €50 stamp duty', () => {
    for (const [s, id] of [[retiree, 'ceseda-l426-8'], [spouse, 'ceseda-l426-9']] as const) {
      const r = result({ ...s, currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-02-01' }, id);
      expect(amounts(r)).toEqual([['stamp-duty', 50]]);
      expect(r.fee.total).toBe(50);
      expect(r.documents).toContain('tax-stamps');
    }
  });

  it('a card exempt only on first issue still pays the renewal tax (L425-9: €200 + €50)', () => {
    const r = result({ ...BASE, ownSeriousIllness: true, currentTitle: 'cst-1-year', currentTitleExpiry: '2027-02-01' }, 'ceseda-l425-9');
    expect(amounts(r)).toEqual([['renewal-tax', 200], ['stamp-duty', 50]]);
  });
});

describe('X1 / L436-4: visa de régularisation after a long-stay entry without a title now', () => {
  const entered = (entryDate: string): Situation => ({ ...BASE, entryVisa: 'long-stay', entryDate, currentTitle: 'none' });

  it('more than 3 months after entry: €300 "maybe" (€100 at filing), not counted in the total', () => {
    const r = result(entered('2026-08-29'), 'ceseda-l435-1');
    expect(amounts(r)).toEqual([['first-issue-tax', 300], ['stamp-duty', 50]]);
    expect(r.fee.maybeParts.map((p) => [p.id, p.amount, p.atFiling])).toEqual([['regularisation-visa', 300, 100]]);
    expect(r.fee.total).toBe(350);
  });

  it('exactly 3 months after entry (2026-08-30 → 2026-11-30): not due', () => {
    expect(result(entered('2026-08-30'), 'ceseda-l435-1').fee.maybeParts).toEqual([]);
  });

  it('still holding the VLS-TS: never due', () => {
    const r = result({ ...entered('2024-09-01'), currentTitle: 'vls-ts' }, 'ceseda-l435-1');
    expect([...r.fee.parts, ...r.fee.maybeParts].map((p) => p.id)).not.toContain('regularisation-visa');
  });

  it('short-stay entry more than 3 months ago stays certain: €300 + €50 + €300 = €650 (F-7 typical total)', () => {
    const r = result({ ...BASE, entryVisa: 'short-stay', entryDate: '2025-01-10', currentTitle: 'none' }, 'ceseda-l435-1');
    expect(r.fee.total).toBe(650);
  });
});

describe('F-7 ⚠: the 2026 first-issue amounts are shown as "to be confirmed", renewal amounts are not', () => {
  it('first issue (€300 + €50) carries the verify flag; a renewal (€200 + €50) of the same card does not', () => {
    const spouse: Situation = { ...BASE, maritalStatus: 'married', partnerIsFrench: true, marriagePlace: 'france', livingTogether: true };
    const first = result({ ...spouse, entryVisa: 'long-stay', entryDate: '2026-10-01', currentTitle: 'none' }, 'ceseda-l423-1');
    expect(amounts(first)).toEqual([['first-issue-tax', 300], ['stamp-duty', 50]]);
    expect(first.fee.verify).toBe(true);
    const renewal = result({ ...spouse, currentTitle: 'cst-1-year', currentTitleExpiry: '2027-03-01' }, 'ceseda-l423-1');
    expect(amounts(renewal)).toEqual([['renewal-tax', 200], ['stamp-duty', 50]]);
    expect(renewal.fee.verify).toBe(false);
  });

  it('reduced first issue (student): €100 + €50 = €150, to be confirmed', () => {
    const r = result({ ...BASE, entryVisa: 'long-stay', entryDate: '2026-10-01', currentTitle: 'none' }, 'ceseda-l422-1');
    expect(r.fee.total).toBe(150);
    expect(r.fee.verify).toBe(true);
  });
});

describe('F-7: an APS was free before 1 May 2026 (certain); the €100 APS tax from that date is to be confirmed (L436-1 II ⚠)', () => {
  const parent: Situation = { ...BASE, hasSickChild: true, livesWithSickChildAndSupports: true };
  it('L425-10 before 1 May 2026: free, and not "to be confirmed"', () => {
    const r = cardResult('ceseda-l425-10', parent, '2025-10-01');
    expect(r.fee).toMatchObject({ free: true, total: 0, verify: false });
    expect(r.verifyNotes).not.toContain('fee');
  });
  it('L425-10 from 1 May 2026: the €100 APS tax, to be confirmed (its exemptions are unclear)', () => {
    const r = result(parent, 'ceseda-l425-10');
    expect(amounts(r)).toEqual([['aps-tax', 100]]);
    expect(r.fee.verify).toBe(true);
    expect(r.verifyNotes).toContain('fee');
  });
  it('the same for L425-4 (APS, leaving prostitution): free in 2025, €100 to be confirmed after 1 May 2026', () => {
    const s: Situation = { ...BASE, prostitutionExitProgramme: true };
    expect(cardResult('ceseda-l425-4', s, '2025-10-01').fee).toMatchObject({ free: true, verify: false });
    expect(result(s, 'ceseda-l425-4').fee).toMatchObject({ total: 100, verify: true });
  });
});

describe('F-7: a tax exemption is certain before 1 May 2026 and to be confirmed from that date (did LF 2026 keep the exempt lists? UNCONFIRMED)', () => {
  const FIRST_ISSUE_EXEMPT: CardId[] = [
    'ceseda-l424-1', 'ceseda-l424-3', 'ceseda-l424-9', 'ceseda-l424-11', 'ceseda-l424-18', 'ceseda-l424-19', 'ceseda-l425-9', 'ceseda-l423-22',
  ];
  it.each(FIRST_ISSUE_EXEMPT)('%s first issue: not "to be confirmed" on 2025-10-01, "to be confirmed" on 2026-12-03', (id) => {
    const before = at(id, '2025-10-01');
    expect(before.status).not.toBe('not-eligible');
    expect(before.fee.parts.map((p) => p.id)).not.toContain('first-issue-tax');
    expect(before.fee.verify).toBe(false);
    expect(before.verifyNotes).not.toContain('fee');
    const after = at(id, '2026-12-03');
    expect(after.status).not.toBe('not-eligible');
    expect(after.fee.parts.map((p) => p.id)).not.toContain('first-issue-tax');
    expect(after.fee.verify).toBe(true);
    expect(after.verifyNotes).toContain('fee');
  });
  it('the renewal of such a card pays the renewal tax (€200 + €50), which rests on no exemption: certain on both dates', () => {
    for (const [asOf, stamp] of [['2025-10-01', 25], ['2026-12-03', 50]] as const) {
      const r = at('ceseda-l425-9', asOf, { currentTitle: 'cst-1-year', currentTitleExpiry: '2027-02-01' });
      expect(amounts(r), asOf).toEqual([['renewal-tax', 200], ['stamp-duty', stamp]]);
      expect(r.fee.verify, asOf).toBe(false);
      expect(r.verifyNotes, asOf).not.toContain('fee');
    }
  });
  it('the same for the other exempt titles of F-7: L426-2 on first issue, the retraité cards always', () => {
    const firstIssue: Situation = { currentTitle: 'none' };
    for (const id of ['ceseda-l426-2', 'ceseda-l426-8', 'ceseda-l426-9'] as const) {
      expect(at(id, '2025-10-01', firstIssue).fee.verify, id).toBe(false);
      expect(at(id, '2026-12-03', firstIssue).fee.verify, id).toBe(true);
    }
    // The retraité cards are exempt on renewal too ("always"): the same doubt from 1 May 2026.
    const renewal: Situation = { currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-02-01' };
    expect(at('ceseda-l426-8', '2025-10-01', renewal).fee.verify).toBe(false);
    expect(at('ceseda-l426-8', '2026-12-03', renewal).fee).toMatchObject({ total: 50, verify: true });
  });
  it('a fee flag with another reason stays on whatever the date (Algerian accord reductions UNCONFIRMED; L426-17 rate)', () => {
    for (const id of ['afa-6-2', 'ceseda-l426-17'] as const) {
      expect(at(id, '2025-10-01').fee.verify, id).toBe(true);
      expect(at(id, '2026-12-03').fee.verify, id).toBe(true);
    }
  });
});

describe('visa de régularisation for a person who came as a child (L436-4 "âgés de plus de 18 ans"; F-7)', () => {
  // Found by the fresh-eyes review of 2026-12-03: a child who came with a parent (L423-21) is never asked the entry
  // date, and was charged a firm visa de régularisation although living in France since age 11 proves the entry as a minor.
  // The L423-21 example person: born 2008-03-10, living in France since 2019 with a parent, no entry date.
  const notes = (change: Situation = {}) => at('ceseda-l423-21', EXAMPLE_AS_OF, change).verifyNotes;
  it('no entry date, living in France since before 18: the doubt is said', () => {
    expect(notes()).toContain('regularisation-visa-entered-as-minor');
  });
  it('living in France only since after the 18th birthday: no such doubt', () => {
    expect(notes({ habitualResidenceSince: '2026-04-01' })).not.toContain('regularisation-visa-entered-as-minor');
  });
  it('an entry date after 18 wins over the residence date', () => {
    expect(notes({ entryDate: '2026-04-01' })).not.toContain('regularisation-visa-entered-as-minor');
  });
});
