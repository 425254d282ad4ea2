// CR-12 · Carte de résident for a person who meets the Code civil 21-7 conditions (born in
// France, habitual residence of at least 5 years since age 11) (L426-1, old L314-12). Many such
// people are already French: check nationality first. No visa de régularisation (L436-4).
import type { Card } from '../../card';
import { ageOn, generalRegime } from '../../conditions';
import { addYears, atLeastYears, type IsoDate } from '../../dates';
import { all, test } from '../../logic';
import { eveOf19thBirthday } from './family-helpers';

const REF = 'CESEDA L426-1';

export const l426_1: Card = {
  id: 'ceseda-l426-1',
  legalBasis: ['CESEDA L426-1'],
  regime: 'general',
  kind: 'plein-droit',
  title: 'cr',
  conditions: all('code-civil-21-7-conditions', [
    generalRegime,
    test('born-in-france', REF, ['bornInFrance'], (s) => s.bornInFrance === true),
    // Five years of habitual residence counted from the 11th birthday at the earliest (Code civil 21-7).
    // Counted continuously from the start of the present residence (M: 21-7 also accepts broken periods).
    test('five-years-residence-since-age-11', 'Code civil 21-7', ['habitualResidenceSince', 'birthDate'], (s, ctx) => {
      const since = s.habitualResidenceSince as IsoDate;
      const eleven = addYears(s.birthDate as IsoDate, 11);
      return atLeastYears(since > eleven ? since : eleven, ctx.asOf, 5);
    }, { confidence: 'M' }),
  ], { ref: REF }),
  documents: ['school-records-each-year', 'proof-of-habitual-residence'],
  channel: 'préfecture',
  channelVerify: true,
  fee: { tax: 'standard', regularisationVisaExempt: true },
  durationMonths: 120,
  leadsTo: ['ceseda-l426-4'],
  verifiedOn: '2026-11-22',
  confidence: 'M',
  // R431-5 (F-6): a young person files in the year after the 18th birthday, by the eve of the 19th. Shown while it is ahead.
  deadlines: (s, ctx) => (s.bornInFrance === true && (ageOn(s, ctx.asOf) ?? 99) < 19 ? eveOf19thBirthday(s, 'CESEDA R431-5') : []),
  warnings: (s) => (s.bornInFrance === true ? ['check-french-nationality-21-7'] : []),
  sources: ['doctrine LEGIARTI000042776490', 'juriblio L436-4', 'kohenavocats "Article 21-7"'],
};
