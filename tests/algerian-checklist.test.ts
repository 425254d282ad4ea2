/**
 * Issue 12 item 15: an Algerian's checklist never cites a CESEDA article the Franco-Algerian accord
 * displaces (DZ-0 "Exclusivity": CESEDA substance does not apply, its procedure does; DZ-GEN).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Situation } from '../rules';
import { CATALOGUE } from '../rules/catalogue';
import { commissionCase, groupDocuments } from '../filing/guide';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';
/** Procedure that applies to Algerians too (DZ-GEN; F-7): the Annexe 10 set, the taxes, the OFII medical procedure, the CER. */
const PROCEDURE = /^CESEDA (Annexe 10|L436-[147]|R425-11|L412-7)$/;

/** Many answers at once, so that every conditional document of the Algerian cards shows. */
const ALGERIAN: Situation = {
  removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: false, birthDate: '1980-01-01',
  entryDate: '2010-01-01', entryVisa: 'short-stay', currentTitle: 'none', maritalStatus: 'married', polygamy: false,
  partnerIsFrench: true, marriageDate: '2015-01-01', marriagePlace: 'abroad', marriageTranscribed: true, livingTogether: true,
  hasFrenchMinorChild: true, frenchChildBirthDate: '2016-01-01', supportsChildSince: '2016-01-01', exercisesParentalAuthority: true,
  recognisedChildAfterBirth: true, ownSeriousIllness: true, habitualResidenceSince: '2010-01-01', employed: true,
  activity: 'ordinary-job', contractType: 'permanent', workAuthorisation: true, publicOrderConcern: false,
};

describe('Algerian cards: document refs', () => {
  const ev = evaluate(ALGERIAN, { asOf: AS_OF });
  const algerian = ev.results.filter((r) => r.regime === 'algeria');
  it('covers every Algerian card', () => {
    expect(algerian.length).toBe(CATALOGUE.filter((c) => c.regime === 'algeria').length);
  });
  it.each(algerian.map((r) => [r.id, r] as const))('%s: each document cites the accord or CESEDA procedure only', (_id, r) => {
    const refs = groupDocuments(r).flatMap((g) => g.items.map((i) => i.ref));
    expect(refs.length).toBeGreaterThan(0);
    const displaced = refs.filter((ref) => ref.startsWith('CESEDA') && !PROCEDURE.test(ref));
    expect(displaced).toEqual([]);
  });
  it('AFA 6-2 (spouse of a French national): the marriage papers cite AFA 6-2, not L423-1', () => {
    const r = algerian.find((x) => x.id === 'afa-6-2')!;
    const items = groupDocuments(r).flatMap((g) => g.items);
    expect(items.find((i) => i.id === 'marriage-transcription')?.ref).toBe('AFA 6-2');
    expect(items.find((i) => i.id === 'passport')?.ref).toBe('CESEDA Annexe 10');
  });
  it('a general-regime card keeps the CESEDA article of its documents', () => {
    const s: Situation = { ...ALGERIAN, nationality: 'other' };
    const r = result('ceseda-l423-1', s, AS_OF);
    const items = groupDocuments(r).flatMap((g) => g.items);
    expect(items.find((i) => i.id === 'marriage-transcription')?.ref).toBe('CESEDA L423-1');
  });
});

describe('commission du titre de séjour after 10 years (L435-1 al. 2) is never offered to an Algerian', () => {
  const aes = CATALOGUE.find((c) => c.id === 'ceseda-l435-1')!;
  const r = { id: aes.id, kind: aes.kind, title: aes.title };
  it('an Algerian with 16 years of residence: no L435-1 commission (DZ-GEN: L435-1 and its referral do not apply)', () => {
    expect(commissionCase(r, { nationality: 'algerian', habitualResidenceSince: '2010-01-01' }, AS_OF)).toBeNull();
  });
  it('another national with the same residence: the commission applies', () => {
    expect(commissionCase(r, { nationality: 'other', habitualResidenceSince: '2010-01-01' }, AS_OF)).toBe('aes-10-years');
  });
  it('a residence start known only to the year counts from its last day (2016 → under 10 years on 22 Nov 2026)', () => {
    expect(commissionCase(r, { nationality: 'other', habitualResidenceSince: '2016' }, AS_OF)).toBeNull();
    expect(commissionCase(r, { nationality: 'other', habitualResidenceSince: '2015' }, AS_OF)).toBe('aes-10-years');
  });
});
