import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../rules/catalogue';
import { expiredUnchecked, staleCards } from '../rules/freshness';
import type { Card } from '../rules/card';

describe('legal freshness', () => {
  it('no card was verified more than 12 months before today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(staleCards(CATALOGUE, today).map((c) => `${c.id} ${c.verifiedOn}`)).toEqual([]);
  });
  it('flags a card once its verifiedOn is more than 12 months old (injected date)', () => {
    const card = { ...CATALOGUE[0]!, verifiedOn: '2026-11-22' } as Card;
    expect(staleCards([card], '2027-11-22')).toHaveLength(0);
    expect(staleCards([card], '2027-11-23')).toHaveLength(1);
  });
  it('warns for a dated route that ended after its last verification', () => {
    const card = { ...CATALOGUE[0]!, verifiedOn: '2026-11-22', validUntil: '2026-12-31' } as Card;
    expect(expiredUnchecked([card], '2026-12-31')).toHaveLength(0);
    expect(expiredUnchecked([card], '2027-01-01')).toHaveLength(1);
    expect(expiredUnchecked([{ ...card, verifiedOn: '2027-01-05' }], '2027-02-01')).toHaveLength(0);
  });
});
