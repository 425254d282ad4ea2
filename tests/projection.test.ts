import { describe, expect, it } from 'vitest';
import { eligibleFrom, smallestChange } from '../rules/projection';
import type { Situation } from '../rules/situation';
import { result } from './helpers/card-cases';

const spouseMarriedInFrance: Situation = {
  removalOrder: 'none', nationality: 'moroccan', familyOfEuCitizen: false, birthDate: '1997-05-01',
  entryDate: '2026-08-01', entryVisa: 'short-stay', currentTitle: 'none', maritalStatus: 'married', partnerIsFrench: true,
  marriageDate: '2026-09-04', marriagePlace: 'france', livingTogether: true, lifeTogetherInFranceSince: '2026-08-01',
  publicOrderConcern: false, polygamy: false,
};

describe('eligibleFrom (volunteer projection)', () => {
  it('L423-2 opens on the day 6 months of life together in France are reached', () => {
    const p = eligibleFrom(spouseMarriedInFrance, 'ceseda-l423-2', { asOf: '2026-11-22' });
    expect(p.from).toBe('2027-02-01');
    expect(p.status).toBe('eligible');
    expect(p.resolves).toContain('six-months-together-in-france');
  });
  it('the day before that boundary the card is still not-eligible', () => {
    const r = result('ceseda-l423-2', spouseMarriedInFrance, '2027-01-31');
    expect(r.status).toBe('not-eligible');
  });
  it('a card already open returns the evaluation date', () => {
    expect(eligibleFrom(spouseMarriedInFrance, 'ceseda-l423-2', { asOf: '2027-03-01' }).from).toBe('2027-03-01');
  });
  it('a condition time cannot change gives no date', () => {
    const married = { ...spouseMarriedInFrance, marriagePlace: 'abroad' as const, marriageTranscribed: true };
    expect(eligibleFrom(married, 'ceseda-l423-2', { asOf: '2026-11-22', horizonMonths: 24 }).from).toBeUndefined();
  });
});

describe('smallestChange (what would change the outcome)', () => {
  it('names the single missing condition for a spouse who married abroad and entered on a short-stay visa (L423-1: the visa)', () => {
    const s = { ...spouseMarriedInFrance, marriagePlace: 'abroad' as const, marriageTranscribed: true };
    const r = result('ceseda-l423-1', s, '2026-11-22');
    const change = smallestChange(r.conditions);
    expect(change.map((c) => c.id)).toHaveLength(1);
    expect(['entered-with-long-stay-visa', 'holds-vls-ts']).toContain(change[0]!.id);
    expect(change[0]!.from).toBe('unmet');
  });
  it('lists the facts to confirm for an unknown condition', () => {
    const s = { ...spouseMarriedInFrance, lifeTogetherInFranceSince: 'dont-know' as const };
    const r = result('ceseda-l423-2', s, '2026-11-22');
    expect(r.status).toBe('possible');
    expect(smallestChange(r.conditions)).toEqual([expect.objectContaining({ id: 'six-months-together-in-france', from: 'unknown', facts: ['lifeTogetherInFranceSince'] })]);
  });
  it('is empty for a card whose conditions are all met', () => {
    const r = result('ceseda-l423-2', spouseMarriedInFrance, '2027-03-01');
    expect(smallestChange(r.conditions)).toEqual([]);
  });
});

describe('eligibleFromMany', () => {
  it('gives the same answer as eligibleFrom card by card', async () => {
    const { eligibleFromMany } = await import('../rules/projection');
    const ids = ['ceseda-l423-2', 'ceseda-l423-1', 'ceseda-l423-6', 'ceseda-l426-17'];
    const many = eligibleFromMany(spouseMarriedInFrance, ids, { asOf: '2026-11-22', horizonMonths: 48 });
    for (const id of ids) expect(many.get(id), id).toEqual(eligibleFrom(spouseMarriedInFrance, id, { asOf: '2026-11-22', horizonMonths: 48 }));
  });
});
