/**
 * Deadlines and remedies a person is shown, checked against filing-fees-remedies.md (F-8, F-10)
 * and general-regime.md (W-6, O-2), as of 2026-11-30.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, evaluate, type Situation } from '../rules';
import { channelGuide, implicitRefusalDelay } from '../filing/guide';
import frChecklist from '../locales/fr/checklist.json';
import enChecklist from '../locales/en/checklist.json';
import arChecklist from '../locales/ar/checklist.json';

const byId = (id: string) => {
  const c = CATALOGUE.find((x) => x.id === id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
};

describe('F-8: how long the préfecture may stay silent before it counts as a refusal', () => {
  it('4 months in general (R432-2): spouse of a French national, AES, étranger malade, ICT', () => {
    for (const id of ['ceseda-l423-1', 'ceseda-l435-1', 'ceseda-l425-9', 'ceseda-l421-26', 'afa-6-2']) {
      expect(implicitRefusalDelay(byId(id))).toEqual({ months: 4, ref: 'CESEDA R432-2' });
    }
  });

  it('talent cards: 90 days, researchers 60 (décret 2025-539; W-6)', () => {
    for (const id of ['ceseda-l421-9', 'ceseda-l421-11', 'ceseda-l421-13-1', 'ceseda-l421-16', 'ceseda-l421-19', 'ceseda-l421-20', 'ceseda-l421-21', 'ceseda-l421-22']) {
      expect(implicitRefusalDelay(byId(id))).toMatchObject({ days: 90 });
    }
    expect(implicitRefusalDelay(byId('ceseda-l421-14'))).toMatchObject({ days: 60 });
  });

  it('au pair: 90 days (O-2)', () => {
    expect(implicitRefusalDelay(byId('ceseda-l426-22'))).toMatchObject({ days: 90 });
  });

  it('reads the evaluated result as the checklist does', () => {
    const s: Situation = { removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false };
    const r = evaluate(s, { asOf: '2026-11-30' }).results.find((x) => x.id === 'ceseda-l421-14');
    expect(r && implicitRefusalDelay(r)).toEqual({ days: 60, ref: 'décret 2025-539' });
  });
});

describe('F-6: the year after the 18th birthday ends on the eve of the 19th', () => {
  const young: Situation = {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, publicOrderConcern: false, polygamy: false,
    placedWithChildWelfare: true, birthDate: '2008-03-01', childWelfarePlacementDate: '2024-09-01', trainingMonths: 8, currentTitle: 'none',
  };
  it('L435-3 (placed with the ASE at 16–18): last day 2027-02-28 for a person born on 2008-03-01', () => {
    const r = evaluate(young, { asOf: '2026-11-30' }).results.find((x) => x.id === 'ceseda-l435-3');
    expect(r?.status).not.toBe('not-eligible');
    expect(r?.deadlines).toEqual([{ id: 'apply-by-eve-of-19th-birthday', date: '2027-02-28', ref: 'CESEDA L435-3' }]);
  });
  it('on the 19th birthday the route is closed', () => {
    const r = evaluate(young, { asOf: '2027-03-01' }).results.find((x) => x.id === 'ceseda-l435-3');
    expect(r?.status).toBe('not-eligible');
    expect(evaluate(young, { asOf: '2027-02-28' }).results.find((x) => x.id === 'ceseda-l435-3')?.status).not.toBe('not-eligible');
  });
});

describe('F-1: renewal of a resident card (all mentions, accords included) is filed on ANEF since 4 Jul 2024', () => {
  const base: Situation = { removalOrder: 'none', familyOfEuCitizen: false, publicOrderConcern: false, polygamy: false, postcode: '75011' };
  const channel = (s: Situation, id: string) => evaluate(s, { asOf: '2026-11-30' }).results.find((x) => x.id === id)?.channel;

  it('CR AT/MP pension (L426-6): préfecture (Paris: PP) on first issue, ANEF when renewing a CR', () => {
    const s: Situation = { ...base, nationality: 'other', workAccidentPension20: true };
    expect(channel({ ...s, currentTitle: 'cst-1-year' }, 'ceseda-l426-6')).toBe('Paris police prefecture');
    expect(channel({ ...s, currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-02-01' }, 'ceseda-l426-6')).toBe('ANEF');
  });

  it('Algerian 10-year certificat (7 bis f): préfecture first, ANEF when renewing the 10-year certificat', () => {
    const s: Situation = { ...base, postcode: '69003', nationality: 'algerian' };
    expect(channel({ ...s, currentTitle: 'algerian-certificate-1-year' }, 'afa-7bis-f')).toBe('préfecture');
    expect(channel({ ...s, currentTitle: 'algerian-certificate-10-years' }, 'afa-7bis-f')).toBe('ANEF');
  });

  it('the retraité card is not a resident card: its channel does not change', () => {
    const s: Situation = { ...base, nationality: 'other', formerResidentLivingAbroad: true, frenchRetirementPension: true, currentTitle: 'resident-card-10-years' };
    expect(channel(s, 'ceseda-l426-8')).toBe('Paris police prefecture');
  });
});

describe('O-3: the volunteer APS is asked for within 1 month of entry (R426-10)', () => {
  const volunteer: Situation = {
    removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, publicOrderConcern: false, polygamy: false,
    activity: 'volunteering', hostAgreementSigned: true, entryVisa: 'long-stay', currentTitle: 'vls-ts', entryDate: '2026-10-31',
  };
  it('entered 2026-10-31: last day 2026-11-30, and the card is still open that day', () => {
    const r = evaluate(volunteer, { asOf: '2026-11-30' }).results.find((x) => x.id === 'ceseda-l426-21');
    expect(r?.deadlines).toEqual([{ id: 'file-within-1-month-of-entry', date: '2026-11-30', ref: 'CESEDA R426-10' }]);
    expect(r?.status).not.toBe('not-eligible');
    expect(evaluate(volunteer, { asOf: '2026-12-01' }).results.find((x) => x.id === 'ceseda-l426-21')?.status).toBe('not-eligible');
  });
});

describe('F-10: OQTF challenge deadlines after loi 2024-42 (no change, boundary checks)', () => {
  const base: Situation = { removalOrder: 'oqtf', nationality: 'other', familyOfEuCitizen: false };
  const oqtf = (s: Situation) => evaluate({ ...base, ...s }, { asOf: '2026-11-30' }).alerts.find((a) => a.id === 'oqtf');
  it('free: 1 month (notified 2026-10-31 → 2026-11-30)', () => {
    expect(oqtf({ detention: 'free', removalOrderNotifiedOn: '2026-10-31' })?.deadline).toBe('2026-11-30');
  });
  it('house arrest or prison: 7 days (notified 2026-11-28 → 2026-12-05)', () => {
    expect(oqtf({ detention: 'house-arrest-or-prison', removalOrderNotifiedOn: '2026-11-28' })?.deadline).toBe('2026-12-05');
  });
  it('retention: 48 hours, no calendar date', () => {
    const a = oqtf({ detention: 'retention', removalOrderNotifiedOn: '2026-11-29' });
    expect(a?.deadlineHours).toBe(48);
    expect(a?.deadline).toBeUndefined();
  });
});

describe('F-2 / F-3: a sick foreigner in Paris registers the request at the Préfecture de police', () => {
  it('the OFII route keeps its channel (P13 in Paris) and its text names the PP for Paris in fr, en, ar', () => {
    const s: Situation = { removalOrder: 'none', nationality: 'other', familyOfEuCitizen: false, postcode: '75011', ownSeriousIllness: true };
    const r = evaluate(s, { asOf: '2026-11-30' }).results.find((x) => x.id === 'ceseda-l425-9');
    expect(r && channelGuide(r.channel)).toBe('ofii-medical');
    expect(frChecklist.checklist.channel['ofii-medical'].intro).toMatch(/à Paris, la préfecture de police/);
    expect(enChecklist.checklist.channel['ofii-medical'].intro).toMatch(/in Paris, the Préfecture de police/);
    expect(arChecklist.checklist.channel['ofii-medical'].intro).toMatch(/في باريس، محافظة الشرطة/);
  });
});
