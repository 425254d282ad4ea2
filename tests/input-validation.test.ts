/**
 * Issue 12, "Input that cannot be true, and dates out of range":
 *  - a birth date after the evaluation date, a year before 1900, a residence period that ends before it
 *    starts: CLI exit 2 naming the field (the question page shows ui.errors.<code> beside the field);
 *  - a valid --as-of before a parameter's first value (fees before May 2021, pay thresholds before
 *    21 Aug 2025) never crashes: the fee says the amount is unknown, the condition is unknown with a verify note.
 */
import { describe, expect, it } from 'vitest';
import { nextQuestions, parseSituation, type Situation } from '../rules';
import { run } from '../rules/cli';
import { paramIfKnown, paramOn, ParamNotKnownOnDate } from '../rules/params';
import { LANGS, readLanguage, lookup } from '../locales';
import { GENERAL_REGIME_PERSON, result } from './helpers/card-cases';
import { traceNode } from './helpers/scenario';

const call = (asOf: string, s: unknown) => run(['--as-of', asOf], () => JSON.stringify(s));

describe('CLI: input that cannot be true → exit 2 naming the field', () => {
  it('a birth date after the evaluation date', () => {
    const r = call('2026-11-22', { nationality: 'other', birthDate: '2027-01-01' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/field "birthDate": 2027-01-01 is after the evaluation date 2026-11-22/);
  });
  it('the same birth date is fine when the evaluation date is later', () => {
    expect(call('2027-06-01', { nationality: 'other', birthDate: '2027-01-01' }).code).toBe(0);
  });
  it('a year before 1900, on any date answer', () => {
    const r = call('2026-11-22', { entryDate: '1899-12-31' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field "entryDate": 1899-12-31 is before 1900/);
    expect(call('2026-11-22', { entryDate: '1900-01-01' }).code).toBe(0);
  });
  it('a residence period that ends before it starts, named by its index', () => {
    const r = call('2026-11-22', { residencePeriods: [{ from: '2020-01-01', kind: 'no-title' }, { from: '2021-05-01', to: '2021-04-30', kind: 'abroad' }] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field "residencePeriods\.1\.to": the period ends \(2021-04-30\) before it starts \(2021-05-01\)/);
  });
  it('a date of the person\'s life before their birth names that date and the birth date', () => {
    const r = call('2026-11-22', { birthDate: '1990-05-01', marriageDate: '1985-01-01' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/field "marriageDate": 1985-01-01 is before the birth date 1990-05-01/);
  });
  it('a removal decision notified after the evaluation date', () => {
    const r = call('2026-11-22', { removalOrder: 'oqtf', removalOrderNotifiedOn: '2026-12-01' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/removalOrderNotifiedOn/);
  });
  it('a last arrival, a marriage, a start of residence after the evaluation date; only the end of the title may be later', () => {
    for (const field of ['entryDate', 'marriageDate', 'habitualResidenceSince', 'lawfulResidenceSince', 'currentTitleFirstIssuedOn']) {
      const p = parseSituation({ birthDate: '1990-05-01', [field]: '2027-01-01' }, { asOf: '2026-11-22' });
      expect(p.ok, field).toBe(false);
      if (!p.ok) expect(p.problems).toEqual([expect.objectContaining({ field, code: 'dateAfterEvaluation' })]);
    }
    expect(parseSituation({ birthDate: '1990-05-01', currentTitleExpiry: '2027-01-01' }, { asOf: '2026-11-22' }).ok).toBe(true);
    // A year that includes the evaluation date may still be right.
    expect(parseSituation({ birthDate: '1990-05-01', entryDate: '2026' }, { asOf: '2026-11-22' }).ok).toBe(true);
  });
  it('without an evaluation date (saved answers, hand-off) only the schema is checked', () => {
    expect(parseSituation({ birthDate: '2030-01-01' }).ok).toBe(true);
    const p = parseSituation({ birthDate: '2030-01-01' }, { asOf: '2026-11-22' });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems).toEqual([expect.objectContaining({ field: 'birthDate', code: 'dateAfterEvaluation' })]);
  });
  it.each(LANGS)('%s: every problem code has its message for the question page', (lang) => {
    const d = readLanguage(lang);
    for (const code of ['dateTooOld', 'dateAfterEvaluation', 'dateBeforeBirth', 'contradictsOtherDates']) expect(lookup(d, `ui.errors.${code}`), code).toBeTruthy();
  });
});

describe('a valid --as-of before a parameter\'s first value never crashes', () => {
  const talent: Situation = {
    ...GENERAL_REGIME_PERSON, birthDate: '1990-01-01', activity: 'ordinary-job', employed: true, masterLevelDegree: true,
    contractType: 'permanent', annualGrossPay: 45_000, entryVisa: 'long-stay', currentTitle: 'vls-ts', currentTitleGround: 'employee',
  };
  it('paramOn throws a typed error, paramIfKnown gives undefined', () => {
    expect(() => paramOn('firstIssueTax', '2019-06-01')).toThrow(ParamNotKnownOnDate);
    expect(paramIfKnown('firstIssueTax', '2019-06-01')).toBeUndefined();
    expect(paramIfKnown('firstIssueTax', '2026-11-22')).toBe(300);
  });
  it('CLI --as-of 2019-06-01 on a full situation exits 0 and every fee says the amount is unknown', () => {
    const r = call('2019-06-01', talent);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { results: { id: string; status: string; fee: { free: boolean; amountUnknown?: boolean; total: number } }[] };
    const paying = out.results.filter((x) => !x.fee.free);
    expect(paying.length).toBeGreaterThan(0);
    for (const x of paying) expect(x.fee, x.id).toMatchObject({ amountUnknown: true, total: 0 });
  });
  it('after May 2021 the fee is known again', () => {
    const r = result('ceseda-l421-9', talent, '2024-01-01');
    expect(r.fee.amountUnknown).toBeUndefined();
    expect(r.fee.total).toBe(200 + 25);
  });
  it('a pay threshold before 21 Aug 2025: the condition is unknown with a verify note, the card possible (never not-eligible)', () => {
    const r = result('ceseda-l421-9', talent, '2024-01-01');
    const node = traceNode(r.conditions, 'pay-at-least-talent-threshold');
    expect(node?.value).toBe('unknown');
    expect(node?.verify).toBe('amount-unknown-on-date');
    expect(r.status).toBe('possible');
    expect(r.verifyNotes).toContain('amount-unknown-on-date');
  });
  it('the same threshold on 2025-09-01 decides: met at €45,000, unmet at €30,000', () => {
    const at = (pay: number) => result('ceseda-l421-9', { ...talent, annualGrossPay: pay }, '2025-09-01');
    expect(at(45_000).reasons.map((x) => x.id)).not.toContain('pay-at-least-talent-threshold');
    expect(at(30_000).reasons.map((x) => x.id)).toContain('pay-at-least-talent-threshold');
  });
  it('nextQuestions (which reads the fees) does not crash either', () => {
    expect(() => nextQuestions({ nationality: 'other' }, { asOf: '2019-06-01' })).not.toThrow();
  });
  it.each(LANGS)('%s: the verify note and the "amount unknown" fee texts exist', (lang) => {
    const d = readLanguage(lang);
    for (const k of ['verify.amount-unknown-on-date', 'ui.fees.amountUnknown', 'checklist.fee.amountUnknown']) expect(lookup(d, k), k).toBeTruthy();
  });
});
