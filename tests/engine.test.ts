import { describe, expect, it } from 'vitest';
import { allOf, anyOf, negate, type Tri } from '../rules/logic';
import { addMonths, fullYearsBetween, atLeastYears, moreThanYears } from '../rules/dates';

const TRI: Tri[] = ['met', 'unmet', 'unknown'];

describe('Kleene logic', () => {
  it('all-of fails on any unmet, otherwise unknown wins', () => {
    expect(allOf(['met', 'unknown', 'unmet'])).toBe('unmet');
    expect(allOf(['met', 'unknown'])).toBe('unknown');
    expect(allOf(['met', 'met'])).toBe('met');
  });
  it('any-of succeeds on any met, otherwise unknown wins', () => {
    expect(anyOf(['unmet', 'unknown', 'met'])).toBe('met');
    expect(anyOf(['unmet', 'unknown'])).toBe('unknown');
    expect(anyOf(['unmet'])).toBe('unmet');
  });
  it('negation keeps unknown unknown and is an involution', () => {
    for (const v of TRI) expect(negate(negate(v))).toBe(v);
    expect(negate('unknown')).toBe('unknown');
  });
});

describe('dates', () => {
  it('counts ages on and around a birthday', () => {
    expect(fullYearsBetween('2008-03-10', '2026-03-09')).toBe(17);
    expect(fullYearsBetween('2008-03-10', '2026-03-10')).toBe(18);
  });
  it('handles month ends and leap days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
  it('distinguishes "at least N years" from "more than N years" on the anniversary', () => {
    expect(atLeastYears('2015-09-03', '2025-09-03', 10)).toBe(true);
    expect(moreThanYears('2015-09-03', '2025-09-03', 10)).toBe(false);
    expect(moreThanYears('2015-09-03', '2025-09-04', 10)).toBe(true);
  });
});
