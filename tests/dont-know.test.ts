/**
 * Issue 12 item 14: "I don't know" is possible on every fact a person may honestly not know, and
 * evaluates as unknown (never as no): whether a relative is an EU citizen, whether a child is French,
 * whether an illness is serious enough, where one is held after an OQTF. Dates known only to the
 * year are in partial-dates.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseSituation, FACTS, type Situation } from '../rules';
import { GENERAL_REGIME_PERSON, result } from './helpers/card-cases';
import { traceNode } from './helpers/scenario';

const card = (s: Situation, id: string) => result(id, s);
const nodeValue = (s: Situation, cardId: string, nodeId: string) => traceNode(card(s, cardId).conditions, nodeId)?.value;

describe('facts a person may not know accept "dont-know"', () => {
  it.each(['familyOfEuCitizen', 'hasFrenchMinorChild', 'partnerIsFrench', 'ownSeriousIllness', 'hasSickChild', 'detention'] as const)('%s', (id) => {
    expect(FACTS[id].dontKnow).toBe(true);
    expect(parseSituation({ [id]: 'dont-know' }).ok).toBe(true);
  });
  it('facts everyone knows about themselves keep a plain answer (nationality, marital status, activity)', () => {
    for (const id of ['nationality', 'maritalStatus', 'activity'] as const) expect(FACTS[id].dontKnow).toBe(false);
  });
});

describe('"dont-know" evaluates as unknown, never as no', () => {
  it('family of an EU citizen unknown: the EU card and the general-regime gate are unknown (both possible, neither closed)', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, familyOfEuCitizen: 'dont-know' };
    expect(nodeValue(s, 'ceseda-l425-9', 'applicable-regime')).toBe('unknown');
    expect(card(s, 'ceseda-l425-9').missing).toContain('familyOfEuCitizen');
    expect(card(s, 'ceseda-l425-9').status).toBe('possible');
    expect(nodeValue(s, 'eu-family-core', 'applicable-regime')).toBe('unknown');
    expect(card(s, 'eu-family-core').status).not.toBe('not-eligible');
  });
  it('whether the child is French unknown: the parent-of-a-French-child card stays possible', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, hasFrenchMinorChild: 'dont-know' };
    expect(nodeValue(s, 'ceseda-l423-7', 'parent-of-french-minor-child')).toBe('unknown');
    expect(card(s, 'ceseda-l423-7').status).toBe('possible');
    expect(card({ ...s, hasFrenchMinorChild: false }, 'ceseda-l423-7').status).toBe('not-eligible');
  });
  it('whether an illness is serious unknown: the sick-foreigner card stays possible (the OFII doctors decide)', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, ownSeriousIllness: 'dont-know' };
    expect(nodeValue(s, 'ceseda-l425-9', 'own-health-requires-care')).toBe('unknown');
    expect(card(s, 'ceseda-l425-9').status).toBe('possible');
    expect(card({ ...s, ownSeriousIllness: false }, 'ceseda-l425-9').status).toBe('not-eligible');
  });
  it('the partner\'s nationality unknown: the spouse-of-a-French-national card stays possible', () => {
    const s: Situation = { ...GENERAL_REGIME_PERSON, maritalStatus: 'married', partnerIsFrench: 'dont-know' };
    expect(nodeValue(s, 'ceseda-l423-1', 'spouse-is-french')).toBe('unknown');
    expect(card(s, 'ceseda-l423-1').status).not.toBe('not-eligible');
  });
});
