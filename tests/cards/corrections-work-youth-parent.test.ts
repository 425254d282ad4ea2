/**
 * Issue 12, items 1, 2, 6 and 7 (legal README, "Corrections of 2026-12-03"): what a lawyer checks on the
 * salarié / travailleur temporaire split (W-1, W-2), the L426-1 resident card assessed at 18 (CR-12, F-6),
 * the parent's contribution effective now (VPF-3, AFA 6-4) and the L435-4 residence count (AES-4).
 */
import { describe, expect, it } from 'vitest';
import type { Situation } from '../../rules';
import { walk } from '../../rules/logic';
import { AS_OF, GENERAL_REGIME_PERSON, result } from '../helpers/card-cases';

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
    expect(temp.verifiedOn).toBe('2026-12-03');
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
      exercisesParentalAuthority: false, childContribution: 'contributes-now', supportsChildSince: '2021-09-01', recognisedChildAfterBirth: false,
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
