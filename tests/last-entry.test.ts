/**
 * Issue 12 item 10: the visa question is about the LAST entry into France; a later irregular
 * re-entry does not keep an earlier visa (X1, L412-1, L436-4).
 */
import { describe, expect, it } from 'vitest';
import { parseSituation, type Situation } from '../rules';
import { run } from '../rules/cli';
import { LANGS, readLanguage, lookup, type Lang } from '../locales';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';

describe('the question and its hint say "last entry", in every language', () => {
  // Dari آخرین, Pashto وروستۍ / وروستی, Bengali শেষ: "last".
  const words: Record<Lang, RegExp> = { fr: /dernière/, en: /last/, ar: /آخر/, prs: /آخرین/, ps: /وروست/, bn: /শেষ/ };
  it.each(LANGS)('%s', (lang) => {
    const d = readLanguage(lang);
    for (const k of ['facts.entryVisa.question', 'facts.entryVisa.hint', 'facts.entryDate.question', 'facts.entryDate.summary', 'facts.entryVisa.summary']) {
      expect(lookup(d, k), k).toMatch(words[lang]);
    }
    // A made-up day ("put the 1st of the month") is no longer asked for: a partial date is an answer.
    expect(JSON.stringify(d.facts)).not.toMatch(/1er du mois|1st of the month|الأول من الشهر/);
  });
});

describe('a later return shown in the residence history: the entry given is not the last one', () => {
  const visaThenTrip: Situation = {
    nationality: 'other', familyOfEuCitizen: false, entryDate: '2015-09-01', entryVisa: 'long-stay',
    residencePeriods: [
      { from: '2015-09-01', to: '2019-05-31', kind: 'residence-title' },
      { from: '2019-06-01', to: '2019-12-14', kind: 'abroad' },
      { from: '2019-12-15', kind: 'no-title' },
    ],
  };
  it('CLI: exit 2 naming entryDate and the return date', () => {
    const r = run(['--as-of', AS_OF], () => JSON.stringify(visaThenTrip));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field "entryDate": 2015-09-01 is not the last entry: .*until 2019-12-14/);
  });
  it('giving the last return instead is accepted, and the earlier visa no longer counts', () => {
    const s: Situation = { ...visaThenTrip, entryDate: '2019-12-15', entryVisa: 'no-visa' };
    expect(parseSituation(s, { asOf: AS_OF }).ok).toBe(true);
    const aes = result('ceseda-l435-1', s, AS_OF);
    // Irregular re-entry: the visa de régularisation is due (L436-4), not merely possible.
    expect(aes.fee.parts.map((p) => p.id)).toContain('regularisation-visa');
  });
  it('a stay abroad that ended before the entry given is no contradiction', () => {
    const s: Situation = { ...visaThenTrip, entryDate: '2019-12-15', entryVisa: 'short-stay' };
    expect(parseSituation(s, { asOf: AS_OF }).ok).toBe(true);
  });
  it('an entry known only to the year contradicts a return only when every day of the year is earlier', () => {
    expect(parseSituation({ ...visaThenTrip, entryDate: '2019', entryVisa: 'no-visa' }, { asOf: AS_OF }).ok).toBe(true);
    expect(parseSituation({ ...visaThenTrip, entryDate: '2018', entryVisa: 'no-visa' }, { asOf: AS_OF }).ok).toBe(false);
  });
});
