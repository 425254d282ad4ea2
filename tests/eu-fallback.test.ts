/**
 * Regime fallback for family members of EU/EEA/Swiss citizens (scenarios README "Regime fallback";
 * eu-family.md flow step 4; DZ-GEN; Directive 2004/38 art. 37, CJUE C-218/14 Singh): the regime gate
 * of every other regime's card is closed while an EU card is eligible, unknown while one is possible
 * and none is eligible, open once every EU card is not-eligible — for Algerians too (accord cards).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, nextQuestions, type Situation } from '../rules';
import { walk } from '../rules/logic';
import { EU_FAMILY_CARD_IDS, EU_FAMILY_PLEIN_DROIT_IDS } from '../rules/conditions';
import { result } from './helpers/card-cases';
import { card, expectCard, run, traceNode } from './helpers/scenario';

const AS_OF = '2026-12-10';
const CORE = ['CESEDA L200-4', 'CESEDA L233-1', 'CESEDA L233-2'];

const gate = (id: string, s: Situation) => {
  const r = result(id, s, AS_OF);
  const node = traceNode(r.conditions, 'no-eu-family-right');
  return { r, regime: traceNode(r.conditions, 'applicable-regime')?.value, fallback: node?.value };
};

/** A Brazilian seriously ill for years in Lyon, married to an Italian worker. */
const ill: Situation = {
  removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker', euRelationship: 'spouse',
  birthDate: '1985-03-01', entryDate: '2023-01-10', entryVisa: 'short-stay', currentTitle: 'none', habitualResidenceSince: '2023-01-10',
  ownSeriousIllness: true, hasSickChild: false, employed: false, publicOrderConcern: false, postcode: '69003',
};

/** Divorced after under 3 years of marriage (2 in France), no child: the retained right turns on hardship and own means. */
const divorced: Situation = { ...ill, maritalStatus: 'divorced', euSpouseStatus: 'divorced', euFamilyResidenceYears: 2, marriage3YearsBeforeProceedings: false, euChildCustody: 'none' };
const noRetainedRight: Situation = { ...divorced, euDifficultCircumstances: false, euOwnResourcesAtLeastRsa: false, euFamilyOfSelfSufficientPerson: false, healthInsurance: true };

describe('the gate reads the EU cards', () => {
  it('the EU cards come first in the catalogue and wait for no card, so they are decided before any gate reads them', () => {
    const firstIds = CATALOGUE.slice(0, EU_FAMILY_CARD_IDS.length).map((c) => c.id);
    expect([...firstIds].sort()).toEqual([...EU_FAMILY_CARD_IDS].sort());
    expect(CATALOGUE.filter((c) => c.regime === 'eu-family').map((c) => c.id).sort()).toEqual([...EU_FAMILY_CARD_IDS].sort());
    for (const c of CATALOGUE.slice(0, EU_FAMILY_CARD_IDS.length)) expect(c.dependsOn).toBeUndefined();
  });

  it('closed while an EU card is eligible: married and together, L425-9 not eligible on the regime', () => {
    const { r, regime, fallback } = gate('ceseda-l425-9', { ...ill, maritalStatus: 'married', euSpouseStatus: 'together' });
    expect(result('eu-family-core', { ...ill, maritalStatus: 'married', euSpouseStatus: 'together' }, AS_OF).status).toBe('eligible');
    expect([r.status, regime, fallback]).toEqual(['not-eligible', 'unmet', 'unmet']);
  });

  it('the plein-droit EU cards the gate trusts are exactly the catalogue\'s', () => {
    const pleinDroit = CATALOGUE.filter((c) => c.regime === 'eu-family' && c.kind === 'plein-droit').map((c) => c.id);
    expect([...pleinDroit].sort()).toEqual([...EU_FAMILY_PLEIN_DROIT_IDS].sort());
  });

  it('a plein-droit EU card with every condition met holds the right while a reservation is still open or unanswered', () => {
    const spouse = { ...ill, maritalStatus: 'married', euSpouseStatus: 'together' } as Situation;
    const unanswered = Object.fromEntries(Object.entries(spouse).filter(([k]) => k !== 'publicOrderConcern')) as Situation;
    expect(result('eu-family-core', unanswered, AS_OF).status).toBe('possible');
    expect(gate('ceseda-l425-9', unanswered).fallback).toBe('unmet');
    // So the general questionnaire is not asked of an EU spouse before the public-order question.
    const asked = nextQuestions({ removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: true, euRelationship: 'spouse', euSpouseStatus: 'together', euCitizenActivity: 'worker', euFamilyResidenceYears: 0 }, { asOf: AS_OF });
    expect(asked).toContain('publicOrderConcern');
    for (const f of ['birthDate', 'protectionStatus', 'ownSeriousIllness']) expect(asked).not.toContain(f);
    // A public-order concern bars every regime alike: the EU card is possible with the warning, the others stay closed.
    const concern = result('eu-family-core', { ...spouse, publicOrderConcern: true }, AS_OF);
    expect([concern.status, concern.warnings.includes('public-order')]).toEqual(['possible', true]);
    expect(gate('ceseda-l425-9', { ...spouse, publicOrderConcern: true }).fallback).toBe('unmet');
  });

  it('a spouse living apart still has the EU card (Diatta), so the gate stays closed', () => {
    const s = { ...ill, maritalStatus: 'married', euSpouseStatus: 'separated' } as const;
    expect(result('eu-family-core', s, AS_OF).status).toBe('eligible');
    expect(gate('ceseda-l425-9', s).fallback).toBe('unmet');
  });

  it('unknown while an EU card is possible and none eligible: never closed on an assessed point', () => {
    // Divorced under 3 years: the retained right still turns on "particularly difficult circumstances" (préfet).
    expect(result('eu-family-retained', divorced, AS_OF).status).toBe('possible');
    const { r, regime, fallback } = gate('ceseda-l425-9', divorced);
    expect([r.status, regime, fallback]).toEqual(['possible', 'unknown', 'unknown']);
    expect(r.reasons).toEqual([]);
  });

  it('open once every EU card is not-eligible', () => {
    for (const id of EU_FAMILY_CARD_IDS) expect(result(id, noRetainedRight, AS_OF).status, id).toBe('not-eligible');
    const { r, regime, fallback } = gate('ceseda-l425-9', noRetainedRight);
    expect([r.status, regime, fallback]).toEqual(['possible', 'met', 'met']);
  });

  it('an unanswered EU link leaves the gate unknown, never closed', () => {
    const s = { removalOrder: 'none', nationality: 'other', ownSeriousIllness: true } as Situation;
    expect(gate('ceseda-l425-9', s).fallback).toBe('unknown');
    expect(gate('ceseda-l425-9', { ...s, familyOfEuCitizen: false }).fallback).toBe('met');
  });
});

describe('done-when: a divorced spouse of an EU worker, married under 3 years, seriously ill', () => {
  it('core EU card not eligible (the marriage ended), L425-9 possible', () => {
    const ev = run(divorced, AS_OF);
    expectCard(card(ev, CORE), { status: 'not-eligible', unmet: ['still-family-member'] });
    expectCard(card(ev, ['CESEDA L425-9']), { status: 'possible', unknown: ['applicable-regime'] });
  });
  it('with no retained right at all, the general regime opens: L425-9 possible on the OFII opinion only', () => {
    const r = card(run(noRetainedRight, AS_OF), ['CESEDA L425-9']);
    expectCard(r, { status: 'possible', notRequired: ['applicable-regime'] });
    expect(walk(r.conditions).filter((n) => n.value === 'unknown' && n.kind === 'test').every((n) => n.assessedBy === 'ofii')).toBe(true);
  });
});

describe('done-when: an Algerian divorced from an EU citizen after under 3 years of marriage, in France for more than 13 years', () => {
  const dz: Situation = {
    ...divorced, nationality: 'algerian', birthDate: '1980-03-01', entryDate: '2013-05-10', habitualResidenceSince: '2013-05-10',
    stayedAsStudent: false, ownSeriousIllness: false, postcode: '13001',
  };
  it('AFA 6-1 stays open: possible while the retained right is only possible', () => {
    expect(result('afa-6-1', dz, AS_OF).status).toBe('possible');
  });
  it('AFA 6-1 eligible once the EU right has failed on every point', () => {
    expect(result('afa-6-1', { ...dz, euDifficultCircumstances: false, euOwnResourcesAtLeastRsa: false, euFamilyOfSelfSufficientPerson: false }, AS_OF).status).toBe('eligible');
  });
  it('the CESEDA cards stay closed to him: the accord governs Algerians', () => {
    const r = result('ceseda-l425-9', { ...dz, ownSeriousIllness: true }, AS_OF);
    expect(r.status).toBe('not-eligible');
    expect(r.reasons.map((x) => x.id)).toContain('not-algerian');
  });
});

describe('Tunisians and Moroccans fall back on their accord too', () => {
  it('a Tunisian who arrived by age 10, whose EU partner left France: AFT 7ter-b opens', () => {
    const s: Situation = {
      removalOrder: 'none', nationality: 'tunisian', familyOfEuCitizen: true, euRelationship: 'registered-partner', euSpouseStatus: 'citizen-left',
      euCitizenActivity: 'worker', euFamilyResidenceYears: 2, euChildCustody: 'none', birthDate: '2000-01-01', habitualResidenceSince: '2008-01-01',
      publicOrderConcern: false, maritalStatus: 'pacs',
    };
    for (const id of EU_FAMILY_CARD_IDS) expect(result(id, s, AS_OF).status, id).toBe('not-eligible');
    expect(gate('aft-7ter-b', s).fallback).toBe('met');
    // Still together: the "other family member" card is discretionary, so only possible, and the accord's gate stays unknown.
    const together = { ...s, euSpouseStatus: 'together', lifeTogetherSince: '2020-01-01' } as const;
    expect(result('eu-family-other', together, AS_OF).status).toBe('possible');
    expect(gate('aft-7ter-b', together).fallback).toBe('unknown');
  });
});
