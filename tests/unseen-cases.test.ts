/**
 * Cases written in a legal review (not the public scenarios P01–P18): each asserts what a lawyer
 * would check for one discrepancy found and fixed — card, status, legal basis and the condition
 * that decides. Expectations come from /work/shared/legal and the status rule of scenarios/README.md.
 */
import { describe, expect, it } from 'vitest';
import { card, expectCard, nodeStates, run } from './helpers/scenario';
import { without } from './helpers/card-cases';

const AS_OF = '2026-11-30';

/** A person with every red flag and unrelated ground answered "no". */
const BASE = {
  removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: false,
  protectionStatus: 'none', familyOfProtected: 'none', maritalStatus: 'single',
  hasFrenchMinorChild: false, isChildOfFrenchNational: false, isDependentParentOfFrench: false,
  familyTiesInFrance: false, livedWithParentSinceArrival: false, placedWithChildWelfare: false, bornInFrance: false,
  ownSeriousIllness: false, hasSickChild: false, employed: false, activity: 'none', contractType: 'none',
  workAuthorisation: false, enrolledHigherEducation: false, masterLevelDegree: false, stableResourcesAtLeastSmic: false,
  traffickingComplaint: false, protectionOrder: false, prostitutionExitProgramme: false, oacasThreeYears: false,
  admittedThroughFamilyReunification: false, frenchArmyService: 'none', workAccidentPension20: false,
  workAccidentSurvivorPension: false, formerResidentLivingAbroad: false, frenchRetirementPension: false,
  spouseHoldsRetireeCard: false, exceptionalEconomicContribution: false,
  publicOrderConcern: false, polygamy: false, postcode: '69003',
} as const;

describe('L423-14 (RF spouse): an unmarried person is outside the card, whatever the partner', () => {
  // Gabonese, 18½, admitted through RF as a child, sponsor holds a CST; single; partnerIsFrench never asked.
  const ev = run({
    ...BASE, birthDate: '2008-05-30', admittedThroughFamilyReunification: true, sponsorTitle: 'cst-or-csp',
    entryVisa: 'long-stay', currentTitle: 'none', habitualResidenceSince: '2019-01-01', livedWithParentSinceArrival: true,
  }, AS_OF);

  it('the spouse card is not-eligible (is-married unmet), not "possible" waiting for the partner’s nationality', () => {
    const r = card(ev, ['CESEDA L423-14']);
    expectCard(r, { status: 'not-eligible', unmet: ['spouse-of-foreign-sponsor', 'is-married'] });
    expect(r.missing).not.toContain('partnerIsFrench');
  });

  it('the RF child card L423-15 is the title, eligible', () => {
    expectCard(card(ev, ['CESEDA L423-15']), { status: 'eligible', kind: 'plein-droit' });
  });
});

describe('L423-23 is closed to the spouse of a foreign resident who can sponsor RF (VPF-7), as AFA 6-5 is', () => {
  const couple = {
    ...BASE, birthDate: '1990-01-01', currentTitle: 'none', entryVisa: 'short-stay', entryDate: '2022-10-01',
    habitualResidenceSince: '2022-10-01', maritalStatus: 'married', partnerIsFrench: false, livingTogether: true,
    sponsorTitle: 'resident-card', familyTiesInFrance: true, stayedAsStudent: false,
  } as const;

  it('Peruvian wife of a CR holder: L423-23 not-eligible on cannot-use-regroupement-familial; AES stays possible', () => {
    const ev = run(couple, AS_OF);
    expectCard(card(ev, ['CESEDA L423-23']), { status: 'not-eligible', unmet: ['cannot-use-regroupement-familial'] });
    expectCard(card(ev, ['CESEDA L435-1']), { status: 'possible', kind: 'discretionary' });
  });

  it('the same facts for an Algerian give the same answer under AFA 6-5', () => {
    const ev = run({ ...couple, nationality: 'algerian' }, AS_OF);
    expectCard(card(ev, ['AFA 6-5']), { status: 'not-eligible', unmet: ['cannot-use-regroupement-familial'] });
  });

  it('a spouse whose partner has no title, or a PACS partner, is outside RF: the condition is met', () => {
    for (const change of [{ sponsorTitle: 'none' }, { maritalStatus: 'pacs' }]) {
      const r = card(run({ ...couple, ...change }, AS_OF), ['CESEDA L423-23']);
      expectCard(r, { status: 'possible', notRequired: ['cannot-use-regroupement-familial'] });
    }
  });

  it('the sponsor’s title unanswered: unknown, never unmet', () => {
    const r = card(run(without(couple, 'sponsorTitle'), AS_OF), ['CESEDA L423-23']);
    expectCard(r, { status: 'possible', unknown: ['cannot-use-regroupement-familial'] });
    expect(r.missing).toContain('sponsorTitle');
    expect(nodeStates(r.conditions).get('spouse-cannot-sponsor')).toEqual(['unknown']);
  });
});

describe('visitor and student titles need the long-stay visa of their own kind (X1, O-1, S-1; AFA 9)', () => {
  // Senegalese: entered in 2015 on a student VLS, undocumented since 2017; supported, insured, not working.
  const overstayer = {
    ...BASE, birthDate: '1994-01-01', entryDate: '2015-09-01', entryVisa: 'long-stay', longStayVisaPurpose: 'student',
    currentTitle: 'none', habitualResidenceSince: '2015-09-01', stableResourcesAtLeastSmic: true, healthInsurance: true,
  } as const;

  it('an old student visa does not open the visitor card; L435-1 is no longer closed by it', () => {
    const ev = run(overstayer, AS_OF);
    expectCard(card(ev, ['CESEDA L426-20']), { status: 'not-eligible', unmet: ['long-stay-visa', 'visa-issued-for-this-title'] });
    // 11 years of habitual residence: AES, with the commission warning.
    expectCard(card(ev, ['CESEDA L435-1']), { status: 'possible', kind: 'discretionary', warnings: ['commission-titre-de-sejour'] });
  });

  it('the same for an Algerian under art. 7 a): no visiteur certificat on a student VLS', () => {
    const ev = run({ ...overstayer, nationality: 'algerian', stayedAsStudent: true }, AS_OF);
    expectCard(card(ev, ['AFA 7-a']), { status: 'not-eligible', unmet: ['long-stay-visa', 'visa-issued-for-this-title'] });
  });

  it('a student card is not opened by a visitor visa', () => {
    const ev = run({ ...overstayer, longStayVisaPurpose: 'visitor', enrolledHigherEducation: true, monthlyResources: 800 }, AS_OF);
    expectCard(card(ev, ['CESEDA L422-1']), { status: 'not-eligible', unmet: ['long-stay-visa'] });
  });

  it('a visitor VLS-TS holder is eligible for the visitor card; the purpose unanswered leaves it possible', () => {
    const retiree = {
      ...BASE, birthDate: '1958-01-01', entryVisa: 'long-stay', longStayVisaPurpose: 'visitor', currentTitle: 'vls-ts',
      currentTitleGround: 'visitor', stableResourcesAtLeastSmic: true, healthInsurance: true,
    } as const;
    expectCard(card(run(retiree, AS_OF), ['CESEDA L426-20']), { status: 'eligible', kind: 'plein-droit' });
    const r = card(run({ ...without(retiree, 'longStayVisaPurpose'), currentTitle: 'none' }, AS_OF), ['CESEDA L426-20']);
    expectCard(r, { status: 'possible', unknown: ['visa-issued-for-this-title'] });
    expect(r.missing).toContain('longStayVisaPurpose');
  });
});

describe('EU family: a citizen who is only a student brings the spouse and dependent children (EU-0, L233-1 3°)', () => {
  const child = {
    ...BASE, familyOfEuCitizen: true, euRelationship: 'child-under-21', euSpouseStatus: 'together', birthDate: '2007-05-01',
  } as const;

  it('a child under 21 of a student: core card possible, dependency left open (not eligible by default)', () => {
    const r = card(run({ ...child, euCitizenActivity: 'student' }, AS_OF), ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2']);
    expectCard(r, { status: 'possible', kind: 'plein-droit', unknown: ['descendant-under-21-or-dependent'] });
  });

  it('a child under 21 of a worker, or a dependent child of a student, is eligible', () => {
    for (const s of [{ ...child, euCitizenActivity: 'worker' }, { ...child, euCitizenActivity: 'student', euRelationship: 'child-dependent', birthDate: '2003-05-01' }]) {
      expectCard(card(run(s, AS_OF), ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2']), { status: 'eligible' });
    }
  });
});

describe('Tunisians and Moroccans and the salaried AES routes (TN-11, MA-4, corrected 2026-12-03)', () => {
  // Six years undocumented, 14 months in a listed occupation, still employed there.
  const worker = {
    ...BASE, birthDate: '1991-01-01', entryDate: '2020-06-01', entryVisa: 'short-stay', currentTitle: 'none',
    habitualResidenceSince: '2020-06-01', employed: true, activity: 'ordinary-job', contractType: 'permanent',
    shortageJobMonthsLast24: 14, currentJobOnShortageList: true, excludedWorkPeriods: false,
  } as const;

  for (const nationality of ['moroccan', 'tunisian'] as const) {
    it(`a ${nationality === 'moroccan' ? 'Moroccan' : 'Tunisian'}: L435-4 closed by the accord, L435-1 open on its VPF ground; both carry the note`, () => {
      const ev = run({ ...worker, nationality }, AS_OF);
      const shortage = card(ev, ['CESEDA L435-4']);
      expectCard(shortage, { status: 'not-eligible', unmet: ['open-to-nationality'], verify: true });
      expect(shortage.verifyNotes).toContain('accord-salaried-aes');
      const aes = card(ev, ['CESEDA L435-1']);
      expectCard(aes, { status: 'possible', kind: 'discretionary', verify: true });
      expect(aes.verifyNotes).toContain('accord-salaried-aes');
    });
  }

  it('a Peruvian with the same facts: both possible, no accord note on either card', () => {
    const ev = run(worker, AS_OF);
    for (const basis of [['CESEDA L435-1'], ['CESEDA L435-4']]) {
      const r = card(ev, basis);
      expect(r.status).toBe('possible');
      expect(r.verifyNotes).not.toContain('accord-salaried-aes');
    }
  });
});
