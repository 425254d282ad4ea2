import { describe, expect, it } from 'vitest';
import { nextQuestions, parseSituation, withDerivedResidence, type Situation } from '../rules';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';

describe('residence history as dated periods', () => {
  it('is part of the Situation schema, and a bad period names its field', () => {
    expect(parseSituation({ residencePeriods: [{ from: '2015-09-03', kind: 'no-title' }] }).ok).toBe(true);
    const bad = parseSituation({ residencePeriods: [{ from: '2015-09-03', kind: 'holiday' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.field).toBe('residencePeriods.0.kind');
  });

  it('derives habitual residence from an unbroken run of stays in France reaching the evaluation date', () => {
    const s: Situation = { residencePeriods: [
      { from: '2012-01-01', to: '2013-06-30', kind: 'no-title' },
      { from: '2013-07-01', to: '2014-12-31', kind: 'abroad' },
      { from: '2015-01-01', to: '2019-12-31', kind: 'no-title' },
      { from: '2020-01-01', kind: 'residence-title' },
    ] };
    const d = withDerivedResidence(s, AS_OF);
    expect(d.habitualResidenceSince).toBe('2015-01-01');
    expect(d.lawfulResidenceSince).toBe('2020-01-01');
    expect(d.onlyStudentTitles).toBe(false);
    expect(d.excludedWorkPeriods).toBe(false);
  });

  it('a one-day gap breaks the run; touching periods do not', () => {
    const touching = withDerivedResidence({ residencePeriods: [{ from: '2018-01-01', to: '2020-12-31', kind: 'student-title' }, { from: '2021-01-01', kind: 'residence-title' }] }, AS_OF);
    expect(touching.lawfulResidenceSince).toBe('2018-01-01');
    expect(touching.excludedWorkPeriods).toBe(true);
    const gap = withDerivedResidence({ residencePeriods: [{ from: '2018-01-01', to: '2020-12-30', kind: 'residence-title' }, { from: '2021-01-01', kind: 'residence-title' }] }, AS_OF);
    expect(gap.lawfulResidenceSince).toBe('2021-01-01');
  });

  it('an explicit answer wins over the derived one', () => {
    const d = withDerivedResidence({ habitualResidenceSince: '2010-05-01', residencePeriods: [{ from: '2016-01-01', kind: 'no-title' }] }, AS_OF);
    expect(d.habitualResidenceSince).toBe('2010-05-01');
  });

  it('P03 given as periods: an Algerian with more than 10 years in France gets AFA 6-1, and is not asked the date again', () => {
    const s: Situation = {
      removalOrder: 'none', refusalPending: false, nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1981-05-10',
      currentTitle: 'none', entryVisa: 'short-stay', entryDate: '2015-09-03', maritalStatus: 'single', polygamy: false, publicOrderConcern: false,
      residencePeriods: [{ from: '2015-09-03', kind: 'no-title' }],
    };
    const r = result('afa-6-1', s, AS_OF);
    expect(r.status).toBe('eligible');
    expect(nextQuestions(s, { asOf: AS_OF })).not.toContain('habitualResidenceSince');
    // Ten years on the day is not "more than ten years" (accord art. 6 1)).
    const exactly = result('afa-6-1', s, '2025-09-03');
    expect(exactly.status).toBe('not-eligible');
  });

  it('L435-4 (AES-4): counts the whole years of the present residence outside student, seasonal, asylum and self-employed time', () => {
    const d = withDerivedResidence({ residencePeriods: [
      { from: '2016-01-01', to: '2018-12-31', kind: 'no-title' },
      { from: '2019-01-01', to: '2019-12-31', kind: 'abroad' },
      { from: '2020-01-01', to: '2021-12-31', kind: 'asylum-seeker' },
      { from: '2022-01-01', to: '2022-06-30', kind: 'self-employed' },
      { from: '2022-07-01', kind: 'no-title' },
    ] }, AS_OF);
    expect(d.habitualResidenceSince).toBe('2020-01-01');
    expect(d.excludedWorkPeriods).toBe(true);
    // 2022-07-01 to 2026-11-22: 4 whole years; the years before the absence of 2019 are not part of this residence.
    expect(d.countableResidenceYears).toBe(4);
    // Three years to the day count, as for the habitual-residence date (atLeastYears).
    expect(withDerivedResidence({ residencePeriods: [{ from: '2022-01-01', to: '2023-11-21', kind: 'student-title' }, { from: '2023-11-22', kind: 'no-title' }] }, AS_OF).countableResidenceYears).toBe(3);
    expect(withDerivedResidence({ residencePeriods: [{ from: '2022-01-01', to: '2023-11-22', kind: 'student-title' }, { from: '2023-11-23', kind: 'no-title' }] }, AS_OF).countableResidenceYears).toBe(2);
  });

  it('Code civil 21-7 (CR-12): where the person lived on the 18th birthday and how long between 11 and 18', () => {
    const periods = [
      { from: '2008-01-15', to: '2019-06-30', kind: 'no-title' },
      { from: '2019-07-01', to: '2023-02-28', kind: 'abroad' },
      { from: '2023-03-01', kind: 'no-title' },
    ] as const;
    const d = withDerivedResidence({ birthDate: '2008-01-15', residencePeriods: [...periods] }, AS_OF);
    expect(d.livedInFranceAt18).toBe(true);
    expect(d.yearsInFranceFrom11To18).toBe(3);
    expect(d.livedInFrance8YearsInARow).toBe(true);
    // A history that starts at 15 says nothing of 11 to 15: the years are asked, not derived as 3.
    const partial = withDerivedResidence({ birthDate: '2008-01-15', residencePeriods: [{ from: '2023-03-01', kind: 'no-title' }] }, AS_OF);
    expect(partial.livedInFranceAt18).toBe(true);
    expect(partial.yearsInFranceFrom11To18).toBeUndefined();
    expect(partial.livedInFrance8YearsInARow).toBeUndefined();
    // Before the 18th birthday nothing is derived; an explicit answer always wins.
    expect(withDerivedResidence({ birthDate: '2010-01-15', residencePeriods: [...periods] }, AS_OF).livedInFranceAt18).toBeUndefined();
    expect(withDerivedResidence({ birthDate: '2008-01-15', yearsInFranceFrom11To18: 6, residencePeriods: [...periods] }, AS_OF).yearsInFranceFrom11To18).toBe(6);
  });
});
