import { describe, expect, it } from 'vitest';
import { channelGuide, commissionCase, groupDocuments, helpNow, letterFor, oqtfDetention } from '../filing/guide';
import { evaluate, parseSituation, type CardResult, type Situation } from '../rules';
import { persona } from './helpers/personas';
import { result as cardResult } from './helpers/card-cases';

const asOf = '2026-11-22';
function result(s: unknown, id: string): { r: CardResult; ev: ReturnType<typeof evaluate>; s: Situation } {
  const p = parseSituation(s);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const ev = evaluate(p.situation, { asOf });
  const r = ev.results.find((x) => x.id === id);
  if (!r) throw new Error(`no card ${id}`);
  return { r, ev, s: p.situation };
}

const spouse = { nationality: 'other', maritalStatus: 'married', partnerIsFrench: true, livingTogether: true, marriageDate: '2024-05-01', entryVisa: 'long-stay', currentTitle: 'none' };

describe('documents follow the answers, as the cards say', () => {
  it('L423-1 lists the transcription only when married abroad', () => {
    const abroad = result({ ...spouse, marriagePlace: 'abroad', marriageTranscribed: true }, 'ceseda-l423-1').r;
    expect(abroad.documents).toContain('marriage-transcription');
    expect(abroad.documents).not.toContain('marriage-certificate-french');
    const france = result({ ...spouse, marriagePlace: 'france' }, 'ceseda-l423-1').r;
    expect(france.documents).toContain('marriage-certificate-french');
    expect(france.documents).not.toContain('marriage-transcription');
  });

  // P02, the Malian parent of a French child (his persona file).
  const parent = persona('P02').situation;
  it('L423-7 lists the French parent’s contribution proof only when the child is French through recognition', () => {
    const rec = result({ ...parent, childFrenchThroughRecognition: true, frenchParentContributes: true }, 'ceseda-l423-7').r;
    expect(rec.documents).toContain('french-parent-contribution-proof');
    const birth = result({ ...parent, childFrenchThroughRecognition: false }, 'ceseda-l423-7').r;
    expect(birth.documents).not.toContain('french-parent-contribution-proof');
    expect(birth.documents).toContain('child-birth-certificate');
  });

  it('the non-polygamy statement appears only for a married person', () => {
    expect(result({ ...spouse, marriagePlace: 'france' }, 'ceseda-l423-1').r.documents).toContain('non-polygamy-statement');
    expect(result({ ...parent, childFrenchThroughRecognition: false }, 'ceseda-l423-7').r.documents).not.toContain('non-polygamy-statement');
  });

  it('groups keep the catalogue order and lose nothing', () => {
    const { r } = result({ ...spouse, marriagePlace: 'abroad' }, 'ceseda-l423-1');
    const groups = groupDocuments(r);
    expect(groups.map((g) => g.group)).toEqual(['identity', 'civil-status', 'residence', 'specific'].filter((g) => groups.some((x) => x.group === g)));
    expect(groups.flatMap((g) => g.items.map((i) => i.id)).sort()).toEqual([...r.documents].sort());
    expect(groups[0]!.items[0]).toEqual({ id: 'passport', ref: 'CESEDA Annexe 10' });
  });
});

describe('channel, letters, commission and help', () => {
  it('channels', () => {
    expect(channelGuide('ANEF')).toBe('anef');
    expect(channelGuide('Paris police prefecture')).toBe('paris-police-prefecture');
    expect(channelGuide('OFII medical procedure (then préfecture)')).toBe('ofii-medical');
    expect(letterFor('ANEF')).toBe('non-digital-alternative');
    expect(letterFor('préfecture')).toBe('paper-appointment');
  });

  it('the sick-foreigner card goes through OFII wherever the person lives', () => {
    const { r } = result({ nationality: 'other', ownSeriousIllness: true, habitualResidenceSince: '2024-02-14', postcode: '75011' }, 'ceseda-l425-9');
    expect(channelGuide(r.channel)).toBe('ofii-medical');
  });

  it('commission: plein-droit VPF cards and the 10-year AES case', () => {
    const { r, s } = result({ ...spouse, marriagePlace: 'france' }, 'ceseda-l423-1');
    expect(commissionCase(r, s, asOf)).toBe('plein-droit-vpf');
    const aes = cardResult('ceseda-l435-1', {}, asOf);
    expect(commissionCase(aes, { habitualResidenceSince: '2014-01-01' }, asOf)).toBe('aes-10-years');
    expect(commissionCase(aes, { habitualResidenceSince: '2020-01-01' }, asOf)).toBeNull();
    expect(commissionCase(aes, { habitualResidenceSince: '2014-01-01', postcode: '97300' }, asOf)).toBeNull();
    expect(commissionCase(cardResult('ceseda-l421-1', {}, asOf), {}, asOf)).toBeNull();
  });

  it('an OQTF comes first, with the deadline that fits the person', () => {
    const { r, ev, s } = result({ ...spouse, marriagePlace: 'france', removalOrder: 'oqtf', detention: 'house-arrest-or-prison', removalOrderNotifiedOn: '2026-11-20' }, 'ceseda-l423-1');
    expect(helpNow(ev, r, s)[0]).toBe('oqtf');
    expect(helpNow(ev, r, s)).toContain('detention');
    expect(oqtfDetention(s)).toBe('house-arrest-or-prison');
    expect(oqtfDetention({ detention: 'retention' })).toBe('retention');
    expect(oqtfDetention({ detention: 'free' })).toBe('free');
    // Issue 12 item 8: where the person is held is unknown, so the deadline depends on it (never the free person's 1 month).
    expect(oqtfDetention({})).toBe('depends');
  });
});
