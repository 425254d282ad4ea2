import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../rules/catalogue';
import { expiredUnchecked, staleCards } from '../rules/freshness';
import { ARTICLES, cardVerifiedOn, type ArticleRef, type Register } from '../rules/references';
import type { Card } from '../rules/card';

/** The register with every article last checked on `date` (an injected re-check). */
const registerAt = (date: string): Register =>
  Object.fromEntries(Object.keys(ARTICLES).map((k) => [k, { verifiedOn: date }])) as Record<ArticleRef, { verifiedOn: string }>;

describe('legal freshness', () => {
  it('no card was verified more than 12 months before today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(staleCards(CATALOGUE, today).map((c) => `${c.id} ${cardVerifiedOn(c)}`)).toEqual([]);
  });
  it('flags a card once its articles were checked more than 12 months ago (injected register)', () => {
    const card = CATALOGUE[0]!;
    expect(staleCards([card], '2027-11-22', registerAt('2026-11-22'))).toHaveLength(0);
    expect(staleCards([card], '2027-11-23', registerAt('2026-11-22'))).toHaveLength(1);
  });
  it('warns for a dated route that ended after its last verification', () => {
    const card = { ...CATALOGUE[0]!, validUntil: '2026-12-31' } as Card;
    expect(expiredUnchecked([card], '2026-12-31', registerAt('2026-11-22'))).toHaveLength(0);
    expect(expiredUnchecked([card], '2027-01-01', registerAt('2026-11-22'))).toHaveLength(1);
    expect(expiredUnchecked([card], '2027-02-01', registerAt('2027-01-05'))).toHaveLength(0);
  });
});
