/**
 * Issue 14, "input a person actually types": Arabic-Indic, Persian and Bengali digits; "39 400 €", "93 100";
 * a comma for decimals; real dates only.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../locales/languages';
import { parseDate, parseNumber, parsePostcode } from '../wizard/input';

describe('what a person types', () => {
  it('reads Arabic-Indic, Persian and Bengali digits as 0-9', () => {
    expect(asciiDigits('١٩٩٠')).toBe('1990');
    expect(asciiDigits('۱۴۰۳')).toBe('1403');
    expect(asciiDigits('২০২৪')).toBe('2024');
    expect(parseDate('١٤', '٣', '١٩٩٠')).toBe('1990-03-14');
    expect(parsePostcode('٩٣ ١٠٠')).toBe('93100');
  });

  it('reads amounts with spaces, a euro sign, a decimal comma or thousands dots', () => {
    expect(parseNumber('39 400 €')).toBe(39400);
    expect(parseNumber('39\u202f400')).toBe(39400);
    expect(parseNumber('2 300,50')).toBe(2300.5);
    expect(parseNumber('1.234')).toBe(1234);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('٣٩٬٤٠٠')).toBe(39400);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('douze')).toBe('invalid');
    expect(parseNumber('-3')).toBe('invalid');
  });

  it('a postcode with a space; a date that does not exist is refused', () => {
    expect(parsePostcode('93 100')).toBe('93100');
    expect(parseDate('31', '2', '1990')).toBe('invalid');
    expect(parseDate('', '', '')).toBeUndefined();
  });

});
