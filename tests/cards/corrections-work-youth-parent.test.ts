/**
 * Issue 12, items 1, 2, 6 and 7 (legal README, "Corrections of 2026-12-03"): what a lawyer checks on the
 * salarié / travailleur temporaire split (W-1, W-2), the L426-1 resident card assessed at 18 (CR-12, F-6),
 * the parent's contribution effective now (VPF-3, AFA 6-4) and the L435-4 residence count (AES-4).
 */
import { ARTICLES } from '../../rules/references';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../rules';
import { walk } from '../../rules/logic';
import { AS_OF, GENERAL_REGIME_PERSON, result } from '../helpers/card-cases';
import { persona } from '../helpers/personas';

const states = (id: string, s: Situation, asOf = AS_OF) => {
  const m = new Map<string, string[]>();
  for (const n of walk(result(id, s, asOf).conditions)) m.set(n.id, [...(m.get(n.id) ?? []), n.value]);
  return m;
};
const reasons = (id: string, s: Situation, asOf = AS_OF) => result(id, s, asOf).reasons.map((r) => r.id);

/** A Peruvian cook hired by a restaurant, entered on a long-stay "salarié" visa; every red flag and other ground answered. */
const WORKER: Situation = {
  ...GENERAL_REGIME_PERSON, detention: 'free', refusalPending: false, birthDate: '1994-02-11',
  entryDate: '2026-09-01', entryVisa: 'long-stay', longStayVisaPurpose: 'employee', currentTitle: 'none',
  habitualResidenceSince: '2026-09-01', protectionStatus: 'none', familyOfProtected: 'none', hasFrenchMinorChild: false,
  isChildOfFrenchNational: false, isDependentParentOfFrench: false, bornInFrance: false, ownSeriousIllness: false,
  hasSickChild: false, employed: true, activity: 'ordinary-job', workAuthorisation: true, postcode: '69003',
};

describe('W-1 / W-2: L421-1 "salarié" needs a CDI; any CDD, whatever its length, or a posting is L421-3', () => {
  it('a CDD of 18 months with a work authorisation: L421-1 not-eligible on the CDI, L421-3 eligible', () => {
    const s: Situation = { ...WORKER, contractType: 'fixed-term-12-months-plus' };
    const salarie = result('ceseda-l421-1', s);
    expect(salarie.status).toBe('not-eligible');
    expect(salarie.reasons.map((r) => r.id)).toEqual(['permanent-contract']);
    const temp = result('ceseda-l421-3', s);
    expect(temp.status).toBe('eligible');
    expect(temp.missing).toEqual([]);
    // The travailleur temporaire card leads to no multi-year card (L433-5); the salarié card does (L433-4).
    expect(temp.leadsTo).toEqual([]);
    expect(salarie.leadsTo).toContain('ceseda-l433-4-salarie');
    expect(ARTICLES['CESEDA L421-3'].verifiedOn).toBe('2026-12-03');
    expect(ARTICLES['CESEDA L421-1'].verifiedOn).toBe('2026-12-03');
  });

  it('a short CDD is L421-3 too, and a CDI is L421-1 only', () => {
    expect(result('ceseda-l421-3', { ...WORKER, contractType: 'fixed-term-short' }).status).toBe('eligible');
    expect(result('ceseda-l421-1', { ...WORKER, contractType: 'permanent' }).status).toBe('eligible');
    expect(reasons('ceseda-l421-3', { ...WORKER, contractType: 'permanent' })).toContain('fixed-term-contract-or-posting');
  });

  it('an apprenticeship with an end date is a CDD (L421-3); one within a CDI is a CDI (L421-1)', () => {
    const limited: Situation = { ...WORKER, contractType: 'apprenticeship' };
    expect(reasons('ceseda-l421-1', limited)).toContain('permanent-contract');
    expect(result('ceseda-l421-3', limited).status).toBe('eligible');
    const withinCdi: Situation = { ...WORKER, contractType: 'apprenticeship-permanent' };
    expect(result('ceseda-l421-1', withinCdi).status).toBe('eligible');
    expect(reasons('ceseda-l421-3', withinCdi)).toContain('fixed-term-contract-or-posting');
  });

  it('a posting by an employer abroad is L421-3, never L421-1', () => {
    const posted: Situation = { ...WORKER, contractType: 'posting' };
    expect(result('ceseda-l421-3', posted).status).toBe('eligible');
    expect(reasons('ceseda-l421-1', posted)).toContain('permanent-contract');
  });

  it('a seasonal job is for the seasonal card (L421-34), not L421-3, even on a CDD', () => {
    const seasonal: Situation = { ...WORKER, activity: 'seasonal-job', contractType: 'fixed-term-short', currentTitle: 'multi-year-card' };
    expect(reasons('ceseda-l421-3', seasonal)).toContain('salaried-job');
  });

  it('"I don\'t know" the kind of contract: both cards stay possible and ask for it', () => {
    for (const id of ['ceseda-l421-1', 'ceseda-l421-3']) {
      const r = result(id, { ...WORKER, contractType: 'dont-know' });
      expect(r.status, id).toBe('possible');
      expect(r.missing, id).toEqual(['contractType']);
    }
  });
});

describe('VPF-3, CR-7, AFA 6-4: the contribution to the child must be effective now', () => {
  /** A Cameroonian father of a French girl born in 2020 who pays her canteen and clothes. */
  const PARENT: Situation = {
    ...GENERAL_REGIME_PERSON, birthDate: '1990-07-14', entryVisa: 'no-visa', currentTitle: 'none',
    hasFrenchMinorChild: true, frenchChildBirthDate: '2020-03-02', childFrenchThroughRecognition: false,
    childContribution: 'contributes-now', supportsChildSince: '2020-03-02',
  };

  it('contributing now since the birth: L423-7 eligible', () => {
    expect(result('ceseda-l423-7', PARENT).status).toBe('eligible');
  });

  it('a contribution that stopped does not count, whatever its past length', () => {
    const r = result('ceseda-l423-7', { ...PARENT, childContribution: 'stopped' });
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain('contributes-to-child-now');
    // The date of a past contribution is then not asked.
    expect(r.missing).toEqual([]);
  });

  it('"I do not contribute / cannot prove it": not-eligible on the contribution', () => {
    expect(reasons('ceseda-l423-7', { ...PARENT, childContribution: 'none-or-no-proof' })).toContain('contributes-to-child-now');
  });

  it('"I don\'t know" whether the contribution counts: possible, the question stays open', () => {
    const r = result('ceseda-l423-7', { ...PARENT, childContribution: 'dont-know' });
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('childContribution');
  });

  it('contributing now, support date "I don\'t know": possible, never not-eligible', () => {
    const r = result('ceseda-l423-7', { ...PARENT, supportsChildSince: 'dont-know' });
    expect(r.status).toBe('possible');
    expect(states('ceseda-l423-7', { ...PARENT, supportsChildSince: 'dont-know' }).get('contributes-since-birth-or-2-years')).toEqual(['unknown']);
  });

  it('a father paying upkeep since 2025 for a child born in 2020: under 2 years on 22 Nov 2026, so not yet', () => {
    const s: Situation = { ...PARENT, supportsChildSince: '2025-03-01' };
    expect(reasons('ceseda-l423-7', s)).toContain('contributes-since-birth-or-2-years');
    // The 2 years run up to the application: on 1 March 2027 they are reached.
    expect(result('ceseda-l423-7', s, '2027-03-01').status).toBe('eligible');
    expect(result('ceseda-l423-7', s, '2027-02-28').status).toBe('not-eligible');
  });

  it('L423-10 requires the contribution still effective now', () => {
    const holder: Situation = {
      ...PARENT, currentTitle: 'multi-year-card', currentTitleGround: 'parent-of-french-child', lawfulResidenceSince: '2021-01-01',
      frenchLevel: 'b1', civicExamPassed: true,
    };
    expect(result('ceseda-l423-10', holder).status).toBe('possible');
    expect(reasons('ceseda-l423-10', { ...holder, childContribution: 'stopped' })).toContain('contributes-to-child-now');
  });

  describe('AFA 6-4 as the accord words it: parental authority, or meeting the child\'s needs now', () => {
    const DZ: Situation = {
      removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false, publicOrderConcern: false,
      maritalStatus: 'single', birthDate: '1988-01-01', hasFrenchMinorChild: true, frenchChildBirthDate: '2021-09-01',
      exercisesParentalAuthority: false, childContribution: 'contributes-now', supportsChildSince: '2021-09-01', recognisedChildAfterBirth: false, currentTitle: 'none',
    };

    it('no parental authority and a contribution that stopped: not-eligible', () => {
      const r = result('afa-6-4', { ...DZ, childContribution: 'stopped' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('parental-authority-or-meets-needs');
    });

    it('parental authority alone is enough when the child was recognised at or before birth', () => {
      expect(result('afa-6-4', { ...DZ, exercisesParentalAuthority: true, childContribution: 'none-or-no-proof' }).status).toBe('eligible');
    });

    it('recognised after birth: the needs must be met now, since birth or for 1 year', () => {
      const late: Situation = { ...DZ, exercisesParentalAuthority: true, recognisedChildAfterBirth: true };
      expect(result('afa-6-4', late).status).toBe('eligible');
      expect(reasons('afa-6-4', { ...late, childContribution: 'stopped' })).toContain('needs-met-if-recognised-after-birth');
      const unknown = result('afa-6-4', { ...late, childContribution: 'dont-know' });
      expect(unknown.status).toBe('possible');
      expect(unknown.missing).toContain('childContribution');
    });
  });
});

describe('CR-12: L426-1 (Code civil 21-7) is assessed on the 18th birthday, filed by the eve of the 19th (F-6)', () => {
  /** A young woman born in Lyon on 1 March 2008 who has always lived in France. */
  const BORN: Situation = { ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '2008-03-01', habitualResidenceSince: '2008-03-01' };

  it('born and raised in France, 18: eligible, with the nationality check said first and the 2027-02-28 deadline', () => {
    const r = result('ceseda-l426-1', BORN);
    expect(r.status).toBe('eligible');
    expect(r.warnings[0]).toBe('check-french-nationality-21-7');
    expect(r.deadlines.map((d) => [d.id, d.date])).toEqual([['apply-by-eve-of-19th-birthday', '2027-02-28']]);
    expect(ARTICLES['CESEDA L426-1'].verifiedOn).toBe('2026-12-03');
    expect(ARTICLES['Code civil 21-7'].verifiedOn).toBe('2026-12-03');
  });

  it('born in France, came back at 25: not-eligible (past the R431-5 window; years after 18 never count)', () => {
    const back: Situation = { ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '1995-05-10', habitualResidenceSince: '2020-06-01' };
    const r = result('ceseda-l426-1', back);
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain('aged-18-before-19th-birthday');
    // Six years here since the return do not make the residence condition met.
    expect(states('ceseda-l426-1', back).get('resided-in-france-at-18-five-years-since-11')).not.toContain('met');
    expect(reasons('ceseda-l426-1', { ...back, livedInFranceAt18: false })).toContain('resided-in-france-at-18-five-years-since-11');
  });

  it('came back just after turning 18: residence after 18 does not count, even within the filing window', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '2008-01-15', habitualResidenceSince: '2026-03-20', livedInFranceAt18: false };
    expect(reasons('ceseda-l426-1', s)).toContain('resided-in-france-at-18-five-years-since-11');
  });

  it('arrived back at 14: the years between 11 and 18 decide, counted continuous or not', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '2008-01-15', habitualResidenceSince: '2022-01-15' };
    const open = result('ceseda-l426-1', s);
    expect(open.status).toBe('possible');
    expect(open.missing).toEqual(['yearsInFranceFrom11To18']);
    expect(reasons('ceseda-l426-1', { ...s, yearsInFranceFrom11To18: 4 })).toContain('resided-in-france-at-18-five-years-since-11');
    // Also in France at 11 and 12, before a stay abroad: 5 years in all.
    expect(result('ceseda-l426-1', { ...s, yearsInFranceFrom11To18: 5 }).status).toBe('eligible');
    expect(result('ceseda-l426-1', { ...s, yearsInFranceFrom11To18: 'dont-know' }).status).toBe('possible');
  });

  it('under 18 the conditions are not assessed yet: not-eligible today, open from the 18th birthday', () => {
    const minor: Situation = { ...BORN, birthDate: '2009-06-30', habitualResidenceSince: '2009-06-30' };
    expect(reasons('ceseda-l426-1', minor)).toContain('aged-18-before-19th-birthday');
    expect(result('ceseda-l426-1', minor, '2027-06-30').status).toBe('eligible');
  });

  it('with a dated residence history: 5 years between 11 and 18 in two periods count', () => {
    const s: Situation = {
      ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '2008-01-15',
      residencePeriods: [
        { from: '2008-01-15', to: '2019-06-30', kind: 'no-title' },
        { from: '2019-07-01', to: '2021-02-28', kind: 'abroad' },
        { from: '2021-03-01', kind: 'no-title' },
      ],
    };
    expect(result('ceseda-l426-1', s).status).toBe('eligible');
    // Back at 15 instead: about 3 years between 11 and 18, every day of it in the history.
    const later: Situation = { ...s, residencePeriods: [
      { from: '2008-01-15', to: '2019-06-30', kind: 'no-title' },
      { from: '2019-07-01', to: '2023-02-28', kind: 'abroad' },
      { from: '2023-03-01', kind: 'no-title' },
    ] };
    const r = result('ceseda-l426-1', later);
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain('resided-in-france-at-18-five-years-since-11');
  });

  it('L423-13: 8 years in a row in France count even before a departure (VPF-8)', () => {
    // Born in Lyon in 2006, left at 9, back at 16; now 20. The 8 years from birth are met; the schooling is not.
    const s: Situation = { ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '2006-05-04', habitualResidenceSince: '2022-05-04', yearsSchooledInFranceAfter10: 4 };
    // Four years since the return: the earlier 8 years are asked, not taken as unmet.
    expect(result('ceseda-l423-13', { ...s, yearsSchooledInFranceAfter10: 5 }).missing).toEqual(['livedInFrance8YearsInARow']);
    const r = result('ceseda-l423-13', { ...s, livedInFrance8YearsInARow: true });
    expect(r.reasons.map((x) => x.id)).toEqual(['five-years-schooling-after-10']);
    expect(reasons('ceseda-l423-13', { ...s, livedInFrance8YearsInARow: false })).toContain('resided-8-years-continuously');
    expect(result('ceseda-l423-13', { ...s, livedInFrance8YearsInARow: true, yearsSchooledInFranceAfter10: 5 }).status).toBe('eligible');
    expect(result('ceseda-l423-13', { ...s, livedInFrance8YearsInARow: true, yearsSchooledInFranceAfter10: 5 }).warnings[0]).toBe('check-french-nationality-21-7');
  });
});

describe('AES-4: time as a student, seasonal worker or asylum seeker, or self-employed, does not count toward the 3 years', () => {
  /** Senegalese mason, in France since April 2022, 20 months of payslips in a listed job, still employed. */
  const MASON: Situation = {
    ...GENERAL_REGIME_PERSON, birthDate: '1990-02-02', entryVisa: 'short-stay', entryDate: '2022-04-01', currentTitle: 'none',
    employed: true, shortageJobMonthsLast24: 20, currentJobOnShortageList: true,
  };

  it('no such time: the 3 uninterrupted years suffice', () => {
    const r = result('ceseda-l435-4', { ...MASON, habitualResidenceSince: '2022-04-01', excludedWorkPeriods: false });
    expect(r.status).toBe('possible');
    expect(states('ceseda-l435-4', { ...MASON, habitualResidenceSince: '2022-04-01', excludedWorkPeriods: false }).get('three-years-without-excluded-periods')).toEqual(['met']);
  });

  it('a seasonal worker with three seasons who stayed on: 4 years here, under 3 outside the seasons', () => {
    const s: Situation = { ...MASON, residencePeriods: [
      { from: '2022-04-01', to: '2022-10-31', kind: 'seasonal-worker' },
      { from: '2022-11-01', to: '2023-03-31', kind: 'no-title' },
      { from: '2023-04-01', to: '2023-10-31', kind: 'seasonal-worker' },
      { from: '2023-11-01', to: '2024-03-31', kind: 'no-title' },
      { from: '2024-04-01', to: '2024-10-31', kind: 'seasonal-worker' },
      { from: '2024-11-01', kind: 'no-title' },
    ] };
    const r = result('ceseda-l435-4', s);
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain('three-years-without-excluded-periods');
    expect(states('ceseda-l435-4', s).get('three-years-uninterrupted-residence')).toEqual(['met']);
    // Two years later the time outside the seasons reaches 3 years.
    expect(result('ceseda-l435-4', s, '2028-11-22').reasons.map((x) => x.id)).not.toContain('three-years-without-excluded-periods');
  });

  it('self-employment inside the residence is left out too', () => {
    const s: Situation = { ...MASON, residencePeriods: [
      { from: '2021-01-01', to: '2024-06-30', kind: 'self-employed' },
      { from: '2024-07-01', kind: 'no-title' },
    ] };
    expect(reasons('ceseda-l435-4', s)).toContain('three-years-without-excluded-periods');
    expect(states('ceseda-l435-4', s).get('three-years-uninterrupted-residence')).toEqual(['met']);
    // Three years outside self-employment on 1 July 2027 (the route itself ends on 31 Dec 2026).
    expect(states('ceseda-l435-4', s, '2027-06-30').get('three-years-without-excluded-periods')).toEqual(['unmet']);
    expect(states('ceseda-l435-4', s, '2027-07-01').get('three-years-without-excluded-periods')).toEqual(['met']);
  });

  it('excluded time before a long absence does not reduce the present residence', () => {
    const s: Situation = { ...MASON, residencePeriods: [
      { from: '2015-09-01', to: '2018-06-30', kind: 'student-title' },
      { from: '2018-07-01', to: '2021-12-31', kind: 'abroad' },
      { from: '2022-01-01', kind: 'no-title' },
    ] };
    expect(states('ceseda-l435-4', s).get('no-excluded-periods')).toEqual(['met']);
  });

  it('"I don\'t know" whether there was such time: possible, and the count is asked', () => {
    const r = result('ceseda-l435-4', { ...MASON, habitualResidenceSince: '2022-04-01', excludedWorkPeriods: 'dont-know' });
    expect(r.status).toBe('possible');
    expect(r.missing).toEqual(expect.arrayContaining(['excludedWorkPeriods', 'countableResidenceYears']));
  });
});

describe('L436-4, item 15: a visa de régularisation charged to someone who entered as a minor and applies at 18', () => {
  it('is kept (€650 for P11) with a verify flag', () => {
    const r = result('ceseda-l423-21', persona('P11').situation);
    expect(r.fee.total).toBe(650);
    expect(r.fee.parts.find((p) => p.id === 'regularisation-visa')?.verify).toBe(true);
    expect(r.verifyNotes).toContain('regularisation-visa-entered-as-minor');
  });

  it('no flag for an adult who entered as a minor years ago and stayed without a title', () => {
    const s: Situation = {
      ...GENERAL_REGIME_PERSON, birthDate: '1996-03-10', entryDate: '2011-08-15', entryVisa: 'no-visa', currentTitle: 'none',
      hasFrenchMinorChild: true, frenchChildBirthDate: '2020-03-02', childFrenchThroughRecognition: false,
      childContribution: 'contributes-now', supportsChildSince: '2020-03-02',
    };
    const r = result('ceseda-l423-7', s);
    expect(r.fee.parts.find((p) => p.id === 'regularisation-visa')?.verify).toBeUndefined();
    expect(r.verifyNotes).not.toContain('regularisation-visa-entered-as-minor');
  });
});

describe('issue 12 "Done when", through `npm run --silent evaluate`', () => {
  const cli = (s: Situation) => {
    const out = spawnSync('npm', ['run', '--silent', 'evaluate', '--', '--as-of', AS_OF], { input: JSON.stringify(s), encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as { results: { id: string; status: string }[] };
    return (id: string) => parsed.results.find((r) => r.id === id)?.status;
  };

  it('a CDD of 18 months with work authorisation, every fact answered: L421-1 not-eligible, L421-3 eligible; a person born in France back at 25: L426-1 not-eligible', () => {
    const worker = cli({ ...WORKER, contractType: 'fixed-term-12-months-plus', polygamy: false, willSignCer: true });
    expect(worker('ceseda-l421-1')).toBe('not-eligible');
    expect(worker('ceseda-l421-3')).toBe('eligible');
    const back = cli({ ...GENERAL_REGIME_PERSON, bornInFrance: true, birthDate: '1995-05-10', habitualResidenceSince: '2020-06-01', entryVisa: 'no-visa', currentTitle: 'none' });
    expect(back('ceseda-l426-1')).toBe('not-eligible');
  }, 30_000);

  it('a parent whose support date is "I don\'t know": L423-7 possible, and AES L435-1 stays possible', () => {
    const parent = cli({
      ...GENERAL_REGIME_PERSON, birthDate: '1990-07-14', entryVisa: 'no-visa', currentTitle: 'none', habitualResidenceSince: '2017-05-01',
      hasFrenchMinorChild: true, frenchChildBirthDate: '2020-03-02', childFrenchThroughRecognition: false,
      childContribution: 'contributes-now', supportsChildSince: 'dont-know',
    });
    expect(parent('ceseda-l423-7')).toBe('possible');
    expect(parent('ceseda-l435-1')).toBe('possible');
  }, 30_000);
});
