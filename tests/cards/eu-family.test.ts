import { describe, expect, it } from 'vitest';
import type { Situation } from '../../rules/situation';
import { cardCases, result, type CardCase } from '../helpers/card-cases';
import { traceNode } from '../helpers/scenario';

const EU: Situation = {
  removalOrder: 'none', detention: 'free', nationality: 'other', familyOfEuCitizen: true, euCitizenActivity: 'worker',
  euSpouseStatus: 'together', entryDate: '2026-10-01', entryVisa: 'visa-exempt', publicOrderConcern: false, birthDate: '1990-01-01',
};

const CASES: CardCase[] = [
  {
    id: 'eu-family-core', metStatus: 'eligible',
    met: { ...EU, euRelationship: 'spouse' },
    unmet: { change: { euRelationship: 'registered-partner' }, condition: 'core-family-member' },
    unknown: { remove: ['euCitizenActivity'], missing: ['euCitizenActivity'] },
  },
  {
    id: 'eu-family-other', metStatus: 'possible',
    met: { ...EU, euRelationship: 'registered-partner', lifeTogetherSince: '2025-01-01' },
    unmet: { change: { euRelationship: 'spouse' }, condition: 'not-core-family-member' },
    unknown: { remove: ['lifeTogetherSince'], missing: ['lifeTogetherSince'] },
  },
  {
    id: 'eu-family-retained', metStatus: 'eligible',
    met: { ...EU, euRelationship: 'spouse', euSpouseStatus: 'divorced', marriage3YearsBeforeProceedings: true, euFamilyResidenceYears: 2, employed: true },
    unmet: { change: { euSpouseStatus: 'together' }, condition: 'event-that-keeps-the-right' },
    unknown: { remove: ['employed'], missing: ['employed', 'euOwnResourcesAtLeastRsa', 'healthInsurance', 'euFamilyOfSelfSufficientPerson'] },
  },
  {
    id: 'eu-family-permanent', metStatus: 'eligible',
    met: { ...EU, euRelationship: 'spouse', euFamilyResidenceYears: 5, euAbsencesWithinLimits: true },
    unmet: { change: { euFamilyResidenceYears: 4 }, condition: '5-years-residence-as-family-member' },
    unknown: { remove: ['euAbsencesWithinLimits'], missing: ['euAbsencesWithinLimits'] },
  },
];

describe('EU/EEA/Swiss family cards', () => {
  for (const c of CASES) cardCases(c);

  it('every EU card is free, exempt from the visa de régularisation, CER optional', () => {
    for (const id of ['eu-family-core', 'eu-family-other', 'eu-family-retained', 'eu-family-permanent']) {
      const r = result(id, { ...EU, euRelationship: 'spouse', entryDate: '2020-01-01', entryVisa: 'no-visa' });
      expect(r.fee, id).toMatchObject({ free: true, parts: [], maybeParts: [], total: 0 });
      expect(r.documents).not.toContain('tax-stamps');
      expect(r.documents).not.toContain('signed-cer');
    }
  });

  it('polygamy is not a reservation for an EU right (only public order)', () => {
    expect(result('eu-family-core', { ...EU, euRelationship: 'spouse', maritalStatus: 'married', polygamy: true }).status).toBe('eligible');
  });

  describe('3-month filing deadline (R233-15)', () => {
    it('entry + 3 months, month ends clamped', () => {
      const d = (entryDate: string) => result('eu-family-core', { ...EU, euRelationship: 'spouse', entryDate }).deadlines[0]?.date;
      expect(d('2026-09-05')).toBe('2026-12-05');
      expect(d('2026-11-30')).toBe('2027-02-28');
      expect(d('2026-08-31')).toBe('2026-11-30');
    });
    it('is flagged for checking on the "other family member" card only', () => {
      expect(result('eu-family-core', { ...EU, euRelationship: 'spouse' }).deadlines[0]?.verify).toBeUndefined();
      expect(result('eu-family-other', { ...EU, euRelationship: 'registered-partner' }).deadlines[0]?.verify).toBe(true);
    });
    it('no deadline while the entry date is unknown', () => {
      expect(result('eu-family-core', { ...EU, euRelationship: 'spouse', entryDate: 'dont-know' }).deadlines).toEqual([]);
    });
  });

  describe('core family', () => {
    it('a dependent ascendant cannot join a citizen who is only a student', () => {
      const r = result('eu-family-core', { ...EU, euRelationship: 'parent-dependent', euCitizenActivity: 'student' });
      expect(r.status).toBe('not-eligible');
    });
    it('a jobseeker citizen leaves the right of residence unknown', () => {
      expect(result('eu-family-core', { ...EU, euRelationship: 'spouse', euCitizenActivity: 'jobseeker' }).status).toBe('possible');
    });
  });

  describe('other family members', () => {
    it('PACS partner: 1 year of life together, exactly on the anniversary', () => {
      expect(result('eu-family-other', { ...EU, euRelationship: 'registered-partner', lifeTogetherSince: '2025-11-22' }).status).toBe('possible');
      const r = result('eu-family-other', { ...EU, euRelationship: 'registered-partner', lifeTogetherSince: '2025-11-23' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('life-together-1-year');
    });
    it('unmarried partner: under 5 years is "sauf exceptions", unknown but never unmet', () => {
      const r = result('eu-family-other', { ...EU, euRelationship: 'unmarried-partner', lifeTogetherSince: '2024-01-01' });
      expect(r.status).toBe('possible');
      expect(r.reasons).toEqual([]);
    });
    it('relative needing care: OFII examines the case, shown with a warning', () => {
      const r = result('eu-family-other', { ...EU, euRelationship: 'relative-needing-care' });
      expect(r.status).toBe('possible');
      expect(r.warnings).toContain('eu-care-ofii');
      expect(r.documents).toContain('medical-certificates-and-care-proof');
    });
    it('the PACS classification carries a verify note', () => {
      expect(result('eu-family-other', { ...EU, euRelationship: 'registered-partner', lifeTogetherSince: '2024-01-01' }).verifyNotes).toContain('eu-pacs-classification');
    });
  });

  describe('retained right (R233-9, R233-10)', () => {
    const base = { ...EU, euRelationship: 'spouse' as const, employed: true };
    it('death: more than a year in France keeps the right; exactly "1 year" in whole years is unknown', () => {
      expect(result('eu-family-retained', { ...base, euSpouseStatus: 'citizen-died', euFamilyResidenceYears: 3 }).status).toBe('eligible');
      expect(result('eu-family-retained', { ...base, euSpouseStatus: 'citizen-died', euFamilyResidenceYears: 1 }).status).toBe('possible');
      expect(result('eu-family-retained', { ...base, euSpouseStatus: 'citizen-died', euFamilyResidenceYears: 0 }).status).toBe('not-eligible');
    });
    it('departure: a spouse without custody does not keep the right', () => {
      expect(result('eu-family-retained', { ...base, euSpouseStatus: 'citizen-left', euChildCustody: 'none' }).status).toBe('not-eligible');
      expect(result('eu-family-retained', { ...base, euSpouseStatus: 'citizen-left', euChildCustody: 'custody' }).status).toBe('possible');
    });
    it('divorce: custody or access rights suffice; the end of a PACS is unconfirmed', () => {
      const d = { ...base, euSpouseStatus: 'divorced' as const, marriage3YearsBeforeProceedings: false, euFamilyResidenceYears: 1 };
      expect(result('eu-family-retained', { ...d, euChildCustody: 'access-rights-in-france' }).status).toBe('eligible');
      const pacs = result('eu-family-retained', { ...d, euRelationship: 'registered-partner', euChildCustody: 'custody' });
      expect(pacs.status).toBe('possible');
      expect(pacs.verifyNotes).toContain('eu-pacs-retention');
    });
    it('divorce after 4 years of marriage, 2 of them in France (R233-9): kept, with no PACS note for a spouse', () => {
      const r = result('eu-family-retained', { ...base, euSpouseStatus: 'divorced', marriage3YearsBeforeProceedings: true, euFamilyResidenceYears: 2, euChildCustody: 'none' });
      expect(r.status).toBe('eligible');
      expect(r.verifyNotes).not.toContain('eu-pacs-retention');
      // Under 1 year in France the 3-year marriage limb fails (custody, access or hardship remain).
      const short = result('eu-family-retained', { ...base, euSpouseStatus: 'divorced', marriage3YearsBeforeProceedings: true, euFamilyResidenceYears: 0, euChildCustody: 'none', euDifficultCircumstances: false });
      expect(short.status).not.toBe('eligible');
    });
    it('without work, resources and insurance are needed until permanent residence', () => {
      const r = result('eu-family-retained', {
        ...base, euSpouseStatus: 'citizen-died', euFamilyResidenceYears: 3, employed: false, euOwnResourcesAtLeastRsa: false, healthInsurance: true,
        euFamilyOfSelfSufficientPerson: false,
      });
      expect(r.reasons.map((x) => x.id)).toContain('own-right-of-residence');
    });

    describe('own right until permanent residence: resources up to the RSA amount, never the SMIC; or family of such a person (R233-1, R233-9)', () => {
      const widow = { ...base, euSpouseStatus: 'citizen-died' as const, euFamilyResidenceYears: 3, employed: false, healthInsurance: true };
      it('resources at least the RSA but below the SMIC, with insurance: the right is kept', () => {
        const r = result('eu-family-retained', { ...widow, stableResourcesAtLeastSmic: false, euOwnResourcesAtLeastRsa: true });
        expect(r.status).toBe('eligible');
      });
      it('below the RSA, not working, no family member who works: not kept (own right unmet)', () => {
        const r = result('eu-family-retained', { ...widow, euOwnResourcesAtLeastRsa: false, euFamilyOfSelfSufficientPerson: false });
        expect(r.status).toBe('not-eligible');
        expect(r.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['own-right-of-residence', 'sufficient-resources', 'family-of-worker-or-self-sufficient-person']));
      });
      it('without resources of her own, the family member of a worker or self-sufficient person keeps it', () => {
        expect(result('eu-family-retained', { ...widow, euOwnResourcesAtLeastRsa: false, euFamilyOfSelfSufficientPerson: true }).status).toBe('eligible');
      });
      it('resources answered "I don\'t know": possible, never refused', () => {
        const r = result('eu-family-retained', { ...widow, euOwnResourcesAtLeastRsa: 'dont-know', euFamilyOfSelfSufficientPerson: false });
        expect(r.status).toBe('possible');
        expect(r.missing).toContain('euOwnResourcesAtLeastRsa');
      });
    });

    describe('divorce under 3 years of marriage: particularly difficult circumstances (R233-9)', () => {
      const d = { ...base, euSpouseStatus: 'divorced' as const, marriage3YearsBeforeProceedings: false, euFamilyResidenceYears: 2, euChildCustody: 'none' as const };
      it('violence during the marriage: assessed by the préfet, so possible, never eligible', () => {
        const r = result('eu-family-retained', { ...d, euDifficultCircumstances: true });
        expect(r.status).toBe('possible');
        const node = traceNode(r.conditions, 'particularly-difficult-circumstances');
        expect(node).toMatchObject({ value: 'unknown', assessedBy: 'prefet' });
      });
      it('no such circumstances, no custody: the right is not kept', () => {
        const r = result('eu-family-retained', { ...d, euDifficultCircumstances: false });
        expect(r.status).toBe('not-eligible');
        expect(r.reasons.map((x) => x.id)).toContain('particularly-difficult-circumstances');
      });
      it('not answered: possible, and it is asked', () => {
        const r = result('eu-family-retained', d);
        expect(r.status).toBe('possible');
        expect(r.missing).toContain('euDifficultCircumstances');
      });
    });
  });

  describe('the citizen\'s activity, answered honestly (EU-0: L233-1, R233-7)', () => {
    const spouse = { ...EU, euRelationship: 'spouse' as const };
    it('a jobseeker who keeps worker status gives the right: eligible', () => {
      expect(result('eu-family-core', { ...spouse, euCitizenActivity: 'jobseeker-kept-worker-status' }).status).toBe('eligible');
    });
    it('none of these (inactive without resources or insurance): no right, so no derived right', () => {
      const r = result('eu-family-core', { ...spouse, euCitizenActivity: 'other' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('eu-citizen-right-of-residence');
      expect(result('eu-family-other', { ...EU, euRelationship: 'registered-partner', lifeTogetherSince: '2024-01-01', euCitizenActivity: 'other' }).status).toBe('not-eligible');
    });
    it('"I don\'t know": possible, the activity stays a question', () => {
      const r = result('eu-family-core', { ...spouse, euCitizenActivity: 'dont-know' });
      expect(r.status).toBe('possible');
      expect(r.missing).toContain('euCitizenActivity');
    });
  });

  describe('a spouse living apart keeps the core-family right until the divorce (Diatta)', () => {
    it('separated, not divorced: still eligible', () => {
      expect(result('eu-family-core', { ...EU, euRelationship: 'spouse', euSpouseStatus: 'separated' }).status).toBe('eligible');
    });
    it('divorced: the core card fails on the family link (the retained right is its own card)', () => {
      const r = result('eu-family-core', { ...EU, euRelationship: 'spouse', euSpouseStatus: 'divorced' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('still-family-member');
    });
    it('an "other" family member living apart is examined (unknown); one whose citizen left France is not covered', () => {
      const partner = { ...EU, euRelationship: 'registered-partner' as const, lifeTogetherSince: '2024-01-01' };
      const apart = result('eu-family-other', { ...partner, euSpouseStatus: 'separated' });
      expect(apart.status).toBe('possible');
      expect(apart.missing).toEqual([]);
      const left = result('eu-family-other', { ...partner, euSpouseStatus: 'citizen-left' });
      expect(left.status).toBe('not-eligible');
      expect(left.reasons.map((x) => x.id)).toContain('still-family-member');
    });
  });

  it('permanent residence is a 10-year free card', () => {
    const r = result('eu-family-permanent', { ...EU, euRelationship: 'spouse', euFamilyResidenceYears: 6, euAbsencesWithinLimits: true });
    expect(r.title).toBe('eu-permanent-card');
    expect(r.durationMonths).toBe(120);
    expect(r.channel).toBe('ANEF');
  });

  describe('permanent residence continuity (R234-3, L234-2), not the general-regime absence rule', () => {
    const p = { ...EU, euRelationship: 'spouse' as const, euFamilyResidenceYears: 6 };
    it('a spouse who failed the general-regime test (one 11-month absence for a serious illness) is not refused for it', () => {
      // absencesWithinLimits (6 months in a row, 10 in 5 years) is the CESEDA L426-17 question; R234-3 allows
      // one absence of up to 12 consecutive months for an important reason.
      const r = result('eu-family-permanent', { ...p, absencesWithinLimits: false, euAbsencesWithinLimits: true });
      expect(r.status).toBe('eligible');
    });
    it('absences beyond R234-3, or more than 2 consecutive years away (L234-2): continuity unmet', () => {
      const r = result('eu-family-permanent', { ...p, euAbsencesWithinLimits: false });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('continuous-residence');
    });
  });
});
