/**
 * Issue 12 item 8 (F-10; L614-1, L731-1): the removal-order alert reads the evaluation date.
 * A passed challenge deadline is said to have passed; the order stays enforceable for 3 years;
 * "I don't know" to the removal-order question raises its own alert; an unknown place of
 * detention gives every deadline, shortest first.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseSituation, type Situation } from '../rules';
import { helpNow } from '../filing/guide';
import { oqtfDetention, REMEDY_VALUES } from '../rules/remedies';
import { LANGS, readLanguage, lookup } from '../locales';

const AS_OF = '2026-11-22';
const base: Situation = { removalOrder: 'oqtf', nationality: 'other', familyOfEuCitizen: false };
const alertsOf = (s: Situation, asOf = AS_OF) => evaluate({ ...base, ...s }, { asOf }).alerts;
const oqtf = (s: Situation, asOf = AS_OF) => alertsOf(s, asOf).find((a) => a.id === 'oqtf');

describe('OQTF challenge deadline against the evaluation date (F-10)', () => {
  it('free, notified 40 days ago: the 1-month deadline has passed, with its last day', () => {
    const a = oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-10-13' });
    expect(a?.deadline).toBe('2026-11-13');
    expect(a?.deadlinePassed).toBe(true);
  });
  it('free, notified 20 days ago: the deadline is open (not passed)', () => {
    const a = oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-11-02' });
    expect(a?.deadline).toBe('2026-12-02');
    expect(a?.deadlinePassed).toBeUndefined();
  });
  it('the last day itself is still open; the day after it has passed', () => {
    expect(oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-10-22' })?.deadlinePassed).toBeUndefined();
    expect(oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-10-21' })?.deadlinePassed).toBe(true);
  });
  it('house arrest: 7 days, passed on the 8th day', () => {
    expect(oqtf({ detention: 'house-arrest-or-prison', removalOrderNotifiedOn: '2026-11-15' })).toMatchObject({ deadline: '2026-11-22' });
    expect(oqtf({ detention: 'house-arrest-or-prison', removalOrderNotifiedOn: '2026-11-15' })?.deadlinePassed).toBeUndefined();
    expect(oqtf({ detention: 'house-arrest-or-prison', removalOrderNotifiedOn: '2026-11-14' })?.deadlinePassed).toBe(true);
  });
  it('retention: 48 hours; over only from the third day (the hour of notification is not asked)', () => {
    expect(oqtf({ detention: 'retention', removalOrderNotifiedOn: '2026-11-20' })).toMatchObject({ deadlineHours: 48 });
    expect(oqtf({ detention: 'retention', removalOrderNotifiedOn: '2026-11-20' })?.deadlinePassed).toBeUndefined();
    expect(oqtf({ detention: 'retention', removalOrderNotifiedOn: '2026-11-19' })?.deadlinePassed).toBe(true);
  });
  it('no notification date: no last day and never "passed"', () => {
    const a = oqtf({ detention: 'free', removalOrderNotifiedOn: 'dont-know' });
    expect(a?.deadline).toBeUndefined();
    expect(a?.deadlinePassed).toBeUndefined();
    expect(a?.enforceableUntil).toBeUndefined();
  });
});

describe('OQTF enforceable for 3 years (L731-1)', () => {
  it('gives the latest day it can be enforced, 3 years after the notification', () => {
    const a = oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-10-13' });
    expect(a?.enforceableUntil).toBe('2029-10-13');
    expect(a?.enforcementEnded).toBeUndefined();
  });
  it('more than 3 years after the notification: enforcement has ended', () => {
    const a = oqtf({ detention: 'free', removalOrderNotifiedOn: '2023-11-21' });
    expect(a?.enforcementEnded).toBe(true);
    expect(oqtf({ detention: 'free', removalOrderNotifiedOn: '2023-11-22' })?.enforcementEnded).toBeUndefined();
  });
});

describe('place of detention unknown: every deadline, shortest first (F-10)', () => {
  it('"I don\'t know" is a valid answer to the detention question', () => {
    expect(parseSituation({ removalOrder: 'oqtf', detention: 'dont-know' }).ok).toBe(true);
  });
  it('with a notification date: 48 h, then 7 days, then 1 month, each with its own day', () => {
    const a = oqtf({ detention: 'dont-know', removalOrderNotifiedOn: '2026-11-18' });
    expect(a?.deadline).toBeUndefined();
    expect(a?.deadlineHours).toBeUndefined();
    expect(a?.deadlineDepends).toEqual([
      { detention: 'retention', deadlineHours: 48, passed: true },
      { detention: 'house-arrest-or-prison', deadline: '2026-11-25', passed: false },
      { detention: 'free', deadline: '2026-12-18', passed: false },
    ]);
    // Not every case is over: the alert as a whole is not "passed".
    expect(a?.deadlinePassed).toBeUndefined();
  });
  it('unanswered detention is treated the same way (never the 1 month of a free person)', () => {
    const a = oqtf({ removalOrderNotifiedOn: '2026-11-18' });
    expect(a?.deadlineDepends?.map((d) => d.detention)).toEqual(['retention', 'house-arrest-or-prison', 'free']);
    expect(oqtfDetention({ removalOrder: 'oqtf' })).toBe('depends');
    expect(oqtfDetention({ removalOrder: 'oqtf', detention: 'dont-know' })).toBe('depends');
  });
  it('every case over: the alert is passed', () => {
    const a = oqtf({ detention: 'dont-know', removalOrderNotifiedOn: '2026-09-01' });
    expect(a?.deadlinePassed).toBe(true);
  });
});

describe('"I don\'t know" to the removal-order question raises its own alert', () => {
  it('dont-know → removal-order-unknown, first; no OQTF alert', () => {
    const alerts = alertsOf({ removalOrder: 'dont-know', refusalPending: true });
    expect(alerts.map((a) => a.id)).toEqual(['removal-order-unknown', 'refusal-pending']);
  });
  it('none or unanswered → no such alert', () => {
    expect(alertsOf({ removalOrder: 'none' }).map((a) => a.id)).toEqual([]);
    expect(evaluate({ nationality: 'other' }, { asOf: AS_OF }).alerts).toEqual([]);
  });
  it('the checklist help names it', () => {
    const ev = evaluate({ ...base, removalOrder: 'dont-know' }, { asOf: AS_OF });
    expect(helpNow(ev, undefined, { removalOrder: 'dont-know' })[0]).toBe('removal-order-unknown');
  });
});

describe('the checklist and the alert words follow the rules', () => {
  it('a passed OQTF deadline gives the help reason "oqtf-passed", not "go today"', () => {
    const s: Situation = { ...base, detention: 'free', removalOrderNotifiedOn: '2026-10-13' };
    const ev = evaluate(s, { asOf: AS_OF });
    expect(helpNow(ev, undefined, s)).toContain('oqtf-passed');
    expect(helpNow(ev, undefined, s)).not.toContain('oqtf');
    const open = { ...s, removalOrderNotifiedOn: '2026-11-10' };
    expect(helpNow(evaluate(open, { asOf: AS_OF }), undefined, open)[0]).toBe('oqtf');
  });
  it.each(LANGS)('%s: the passed text never says the order can be challenged now, and the 3-year text cites L731-1 (interpolated from rules/remedies.ts)', (lang) => {
    const d = readLanguage(lang);
    for (const k of ['ui.alerts.oqtf.bodyPassed', 'ui.alerts.deadlinePassed', 'ui.alerts.removal-order-unknown.body', 'ui.alerts.enforcement.inPerson', 'checklist.remedies.oqtf.passed', 'checklist.remedies.help.oqtf-passed']) {
      expect(lookup(d, k), k).toBeTruthy();
    }
    expect(lookup(d, 'ui.alerts.enforcement.until')).toMatch(/\{\{enforcementArticle\}\}/);
    expect(lookup(d, 'ui.alerts.enforcement.until')).toMatch(/\{\{enforcementYears\}\}/);
    expect(REMEDY_VALUES).toMatchObject({ enforcementArticle: 'L731-1', enforcementYears: 3 });
    expect(lookup(d, 'ui.alerts.enforcement.until')).toMatch(/\{\{date\}\}/);
    if (lang === 'fr') {
      expect(lookup(d, 'ui.alerts.oqtf.bodyPassed')).not.toMatch(/pouvez la contester/);
      expect(lookup(d, 'ui.alerts.oqtf.bodyPassed')).toMatch(/passé/);
    }
  });
});
