import { describe, expect, it } from 'vitest';
import { cardVerifiedOn } from '../../rules/references';
import type { Situation } from '../../rules/situation';
import { CATALOGUE } from '../../rules/catalogue';
import { cardCases, result, type CardCase } from '../helpers/card-cases';
import type { CardResult } from '../../rules';

const DZ: Situation = {
  removalOrder: 'none', detention: 'free', nationality: 'algerian', familyOfEuCitizen: false,
  publicOrderConcern: false, maritalStatus: 'single', birthDate: '1985-01-01', currentTitle: 'none',
};
const married: Situation = { maritalStatus: 'married', polygamy: false };
const PARENT: Situation = {
  hasFrenchMinorChild: true, frenchChildBirthDate: '2020-01-01', exercisesParentalAuthority: true,
  childContribution: 'contributes-now', supportsChildSince: '2020-01-01', recognisedChildAfterBirth: false,
};
const ONE_YEAR: Situation = { currentTitle: 'algerian-certificate-1-year' };

const CASES: CardCase[] = [
  {
    id: 'afa-6-1', metStatus: 'eligible',
    met: { ...DZ, habitualResidenceSince: '2014-01-01', stayedAsStudent: false },
    unmet: { change: { habitualResidenceSince: '2020-01-01' }, condition: 'habitual-residence-10-or-15-years' },
    unknown: { remove: ['stayedAsStudent'], missing: ['stayedAsStudent'] },
  },
  {
    id: 'afa-6-2', metStatus: 'eligible',
    met: { ...DZ, ...married, partnerIsFrench: true, entryVisa: 'short-stay', marriagePlace: 'france', currentTitle: 'none' },
    unmet: { change: { marriagePlace: 'abroad', marriageTranscribed: false }, condition: 'marriage-transcribed-if-abroad' },
    unknown: { remove: ['entryVisa'], missing: ['entryVisa'] },
  },
  {
    id: 'afa-6-3', metStatus: 'eligible',
    met: { ...DZ, ...married, partnerIsFrench: false, spouseHoldsScientistTitle: true, entryVisa: 'short-stay' },
    unmet: { change: { spouseHoldsScientistTitle: false }, condition: 'spouse-holds-scientist-title' },
    unknown: { remove: ['spouseHoldsScientistTitle'], missing: ['spouseHoldsScientistTitle'] },
  },
  {
    id: 'afa-6-4', metStatus: 'eligible',
    met: { ...DZ, ...PARENT },
    unmet: { change: { recognisedChildAfterBirth: true, supportsChildSince: '2026-06-01' }, condition: 'needs-met-if-recognised-after-birth' },
    unknown: { remove: ['exercisesParentalAuthority', 'childContribution'], missing: ['exercisesParentalAuthority', 'childContribution'] },
  },
  {
    id: 'afa-6-6', metStatus: 'eligible',
    met: { ...DZ, bornInFrance: true, birthDate: '2007-01-01', habitualResidenceSince: '2007-01-01', yearsSchooledInFranceAfter10: 6 },
    unmet: { change: { birthDate: '2000-01-01' }, condition: 'applies-between-16-and-21' },
    unknown: { remove: ['yearsSchooledInFranceAfter10'], missing: ['yearsSchooledInFranceAfter10'] },
  },
  {
    id: 'afa-7bis-a', metStatus: 'eligible',
    met: { ...DZ, ...married, ...ONE_YEAR, partnerIsFrench: true, marriageDate: '2024-01-01', entryVisa: 'short-stay', marriagePlace: 'france', livingTogether: true },
    unmet: { change: { marriageDate: '2026-06-01' }, condition: 'married-at-least-1-year' },
    unknown: { remove: ['livingTogether'], missing: ['livingTogether'] },
  },
  {
    id: 'afa-7bis-b', metStatus: 'eligible',
    met: { ...DZ, ...ONE_YEAR, isChildOfFrenchNational: true, birthDate: '2007-01-01' },
    unmet: { change: { birthDate: '1990-01-01', dependentOnFrenchFamily: false, isDependentParentOfFrench: false }, condition: 'child-or-dependent-ascendant-of-french' },
    unknown: { remove: ['currentTitle'], missing: ['currentTitle'] },
  },
  {
    id: 'afa-7bis-c', metStatus: 'eligible',
    met: { ...DZ, ...ONE_YEAR, workAccidentPension20: true, entryVisa: 'long-stay' },
    unmet: { change: { entryVisa: 'short-stay' }, condition: 'long-stay-visa' },
    unknown: { remove: ['workAccidentPension20'], missing: ['workAccidentPension20'] },
  },
  {
    id: 'afa-7bis-d', metStatus: 'eligible',
    met: { ...DZ, admittedThroughFamilyReunification: true, sponsorTitle: 'resident-card', entryVisa: 'long-stay' },
    unmet: { change: { sponsorTitle: 'cst-or-csp' }, condition: 'sponsor-holds-10-year-title' },
    unknown: { remove: ['sponsorTitle'], missing: ['sponsorTitle'] },
  },
  {
    id: 'afa-7bis-e', metStatus: 'eligible',
    met: { ...DZ, birthDate: '2000-01-01', habitualResidenceSince: '2010-01-01' },
    unmet: { change: { habitualResidenceSince: '2011-01-01' }, condition: 'resident-since-age-10' },
    unknown: { remove: ['habitualResidenceSince'], missing: ['habitualResidenceSince'] },
  },
  {
    id: 'afa-7bis-f', metStatus: 'eligible',
    met: { ...DZ, ...ONE_YEAR, lawfulResidenceSince: '2015-01-01', onlyStudentTitles: false },
    unmet: { change: { onlyStudentTitles: true }, condition: 'not-only-student-certificats' },
    unknown: { remove: ['onlyStudentTitles'], missing: ['onlyStudentTitles'] },
  },
  {
    id: 'afa-7bis-g', metStatus: 'eligible',
    met: { ...DZ, ...ONE_YEAR, ...PARENT, currentTitleGround: 'parent-of-french-child' },
    unmet: { change: { currentTitleGround: 'spouse-of-french' }, condition: 'holds-6-4-certificat' },
    unknown: { remove: ['currentTitleGround'], missing: ['currentTitleGround'] },
  },
  {
    id: 'afa-7bis-h', metStatus: 'eligible',
    met: { ...DZ, ...ONE_YEAR, currentTitleGround: 'family-ties', lawfulResidenceSince: '2020-01-01' },
    unmet: { change: { currentTitleGround: 'student' }, condition: 'holds-1-year-vpf-certificat' },
    unknown: { remove: ['lawfulResidenceSince'], missing: ['lawfulResidenceSince'] },
  },
  {
    id: 'afa-7-a', metStatus: 'eligible',
    met: { ...DZ, stableResourcesAtLeastSmic: true, employed: false, entryVisa: 'long-stay', longStayVisaPurpose: 'visitor' },
    unmet: { change: { employed: true }, condition: 'undertakes-not-to-work' },
    unknown: { remove: ['stableResourcesAtLeastSmic'], missing: ['stableResourcesAtLeastSmic'] },
  },
  {
    id: 'afa-7-b', metStatus: 'eligible',
    met: { ...DZ, employed: true, workAuthorisation: true, entryVisa: 'long-stay' },
    unmet: { change: { workAuthorisation: false }, condition: 'approved-work-contract' },
    unknown: { remove: ['workAuthorisation'], missing: ['workAuthorisation'] },
  },
  {
    id: 'afa-7-c', metStatus: 'eligible',
    met: { ...DZ, holdsProfessionalAuthorisation: true, entryVisa: 'long-stay' },
    unmet: { change: { holdsProfessionalAuthorisation: false }, condition: 'holds-authorisation-to-practise' },
    unknown: { remove: ['holdsProfessionalAuthorisation'], missing: ['holdsProfessionalAuthorisation'] },
  },
  {
    id: 'afa-5', metStatus: 'eligible',
    met: { ...DZ, businessRegistered: true, entryVisa: 'long-stay' },
    unmet: { change: { entryVisa: 'short-stay', currentTitle: 'none' }, condition: 'long-stay-visa' },
    unknown: { remove: ['businessRegistered'], missing: ['businessRegistered'] },
  },
  {
    id: 'afa-7ter', metStatus: 'eligible',
    met: { ...DZ, currentTitle: 'none', formerResidentLivingAbroad: true, heldTenYearTitle: true, receivesFrenchPension: true },
    unmet: { change: { receivesFrenchPension: false }, condition: 'french-contributory-pension' },
    unknown: { remove: ['receivesFrenchPension'], missing: ['receivesFrenchPension'] },
  },
  {
    // DZ-E7 (corrected 2026-12-03): the spouse of a "retraité" certificat holder gets a card too.
    id: 'afa-7ter-spouse', metStatus: 'eligible',
    met: { ...DZ, ...married, spouseHoldsRetireeCard: true, formerResidentLivingAbroad: true },
    unmet: { change: { spouseHoldsRetireeCard: false }, condition: 'spouse-holds-retiree-card' },
    unknown: { remove: ['formerResidentLivingAbroad'], missing: ['formerResidentLivingAbroad'] },
  },
  // Cards that are at best "possible": an OFII or préfet assessment, or a discretionary title.
  {
    id: 'afa-6-7', metStatus: 'possible',
    met: { ...DZ, ownSeriousIllness: true, habitualResidenceSince: '2024-01-01' },
    unmet: { change: { ownSeriousIllness: false }, condition: 'own-health-requires-care' },
    unknown: { remove: ['habitualResidenceSince'], missing: ['habitualResidenceSince'] },
  },
  {
    id: 'afa-7bis-discretionary', metStatus: 'possible',
    met: { ...DZ, ...ONE_YEAR, lawfulResidenceSince: '2022-01-01', stableResourcesAtLeastSmic: true },
    unmet: { change: { lawfulResidenceSince: '2025-01-01' }, condition: 'uninterrupted-residence-3-years' },
    unknown: { remove: ['currentTitle'], missing: ['currentTitle'] },
  },
];

/** Facts that close every other art. 6 case, so 6-5 can be reached. */
const OUTSIDE_ART_6: Situation = {
  ...DZ, habitualResidenceSince: '2020-01-01', stayedAsStudent: false, hasFrenchMinorChild: false, bornInFrance: false, ownSeriousIllness: false,
};

describe('Algerian accord cards', () => {
  for (const c of CASES) cardCases(c);

  it('every card is in the catalogue, cites an AFA article, is verified on 2026-11-22 or, when changed, 2026-12-03, and carries sources', () => {
    for (const c of CATALOGUE.filter((x) => x.regime === 'algeria')) {
      expect(c.legalBasis[0]).toMatch(/^AFA /);
      expect(['2026-11-22', '2026-12-03']).toContain(cardVerifiedOn(c));
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.cer).toBe('optional');
    }
  });

  describe('AFA 6-1 boundaries: strictly more than 10 years (15 after a stay as a student)', () => {
    const s = { ...DZ, habitualResidenceSince: '2016-11-22', stayedAsStudent: false };
    it('exactly 10 years on the anniversary is not enough', () => {
      expect(result('afa-6-1', s, '2026-11-22').status).toBe('not-eligible');
    });
    it('10 years and 1 day is enough', () => {
      expect(result('afa-6-1', s, '2026-11-23').status).toBe('eligible');
    });
    it('a former student needs more than 15 years', () => {
      expect(result('afa-6-1', { ...s, habitualResidenceSince: '2014-01-01', stayedAsStudent: true }).status).toBe('not-eligible');
      expect(result('afa-6-1', { ...s, habitualResidenceSince: '2011-11-21', stayedAsStudent: true }).status).toBe('eligible');
    });
    it('more than 15 years is enough even when the student question is unanswered', () => {
      const r = result('afa-6-1', { ...DZ, habitualResidenceSince: '2010-01-01' });
      expect(r.status).toBe('eligible');
    });
  });

  describe('AFA 6-2', () => {
    const s: Situation = { ...DZ, ...married, partnerIsFrench: true, entryVisa: 'short-stay', marriagePlace: 'france' };
    it('the first renewal needs effective life together', () => {
      const r = result('afa-6-2', { ...s, ...ONE_YEAR, currentTitleGround: 'spouse-of-french', livingTogether: false });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('life-together-at-first-renewal');
    });
    it('an overstay after a lawful entry does not defeat the right; polygamy is a reservation', () => {
      expect(result('afa-6-2', { ...s, currentTitle: 'none', entryDate: '2020-01-01' }).status).toBe('eligible');
      const r = result('afa-6-2', { ...s, currentTitle: 'none', polygamy: true });
      expect(r.status).toBe('possible');
      expect(r.warnings).toContain('polygamy');
    });
  });

  describe('AFA 6-4: recognition after birth', () => {
    const s: Situation = { ...DZ, ...PARENT, recognisedChildAfterBirth: true, exercisesParentalAuthority: false };
    it('needs met for exactly 1 year is enough (not 2 as under L423-7)', () => {
      expect(result('afa-6-4', { ...s, supportsChildSince: '2025-11-22' }).status).toBe('eligible');
      expect(result('afa-6-4', { ...s, supportsChildSince: '2025-11-23' }).status).toBe('not-eligible');
    });
  });

  describe('AFA 6-5: subsidiarity gate and the préfet\'s assessment', () => {
    it('outside every other art. 6 case: possible, assessed by the préfet', () => {
      const r = result('afa-6-5', OUTSIDE_ART_6);
      expect(r.status).toBe('possible');
      expect(r.conditions.children.find((x) => x.id === 'refusal-disproportionate-to-private-family-life')?.assessedBy).toBe('prefet');
    });
    const within = (r: CardResult) => r.conditions.children.find((x) => x.id === 'within-another-art-6-case')?.value;
    it('unmet "within-another-art-6-case" when one of AFA 6-1 to 6-4 has all its conditions met', () => {
      const r = result('afa-6-5', { ...OUTSIDE_ART_6, habitualResidenceSince: '2010-01-01' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('within-another-art-6-case');
      expect(r.verifyNotes).toContain('listed-category-reading');
    });
    it('never closed by 6-6 (born in France) or 6-7 (seriously ill), which come after it in art. 6', () => {
      const ill = result('afa-6-5', { ...OUTSIDE_ART_6, ownSeriousIllness: true });
      expect(ill.status).toBe('possible');
      expect(within(ill)).toBe('met');
      const born = result('afa-6-5', { ...OUTSIDE_ART_6, bornInFrance: true, yearsSchooledInFranceAfter10: 6 });
      expect(within(born)).toBe('met');
    });
    it('a preceding case still waiting on an unknown fact leaves the category unknown, never unmet', () => {
      const r = result('afa-6-5', { ...OUTSIDE_ART_6, habitualResidenceSince: 'dont-know' });
      expect(r.status).toBe('possible');
      expect(within(r)).toBe('unknown');
    });
    it('is a case-by-case route: indicators and a strength, never a status change', () => {
      const r = result('afa-6-5', OUTSIDE_ART_6);
      expect(r.indicators?.map((i) => i.id)).toContain('presence-7-years');
      expect(r.strength).toBeDefined();
    });
    it('spouse of a foreign title holder: regroupement familial question is unknown until asked', () => {
      const r = result('afa-6-5', { ...OUTSIDE_ART_6, ...married, partnerIsFrench: false, spouseHoldsScientistTitle: false });
      expect(r.status).toBe('possible');
      expect(r.missing).toContain('sponsorTitle');
      const rf = result('afa-6-5', { ...OUTSIDE_ART_6, ...married, partnerIsFrench: false, spouseHoldsScientistTitle: false, sponsorTitle: 'resident-card' });
      expect(rf.reasons.map((x) => x.id)).toContain('cannot-use-regroupement-familial');
    });
    it('public order: possible with a warning', () => {
      expect(result('afa-6-5', { ...OUTSIDE_ART_6, publicOrderConcern: true }).warnings).toContain('public-order');
    });
  });

  describe('AFA 6-7: OFII procedure', () => {
    it('files through the OFII medical procedure; the medical conditions are assessed by OFII', () => {
      const r = result('afa-6-7', { ...DZ, ownSeriousIllness: true, habitualResidenceSince: '2024-01-01' });
      expect(r.channel).toBe('OFII medical procedure (then préfecture)');
      const ofii = r.conditions.children.filter((x) => x.assessedBy === 'ofii').map((x) => x.id);
      expect(ofii).toEqual(['exceptionally-serious-consequences', 'no-effective-access-to-treatment-in-algeria']);
    });
    it('a reported OFII opinion settles the medical points: favourable met, unfavourable unmet, not yet unknown', () => {
      const ill = { ...DZ, ownSeriousIllness: true, habitualResidenceSince: '2024-01-01' } as const;
      expect(result('afa-6-7', { ...ill, ofiiOpinion: 'not-yet' }).status).toBe('possible');
      expect(result('afa-6-7', { ...ill, ofiiOpinion: 'favourable' }).status).toBe('eligible');
      expect(result('afa-6-7', { ...ill, ofiiOpinion: 'unfavourable' }).reasons.map((x) => x.id)).toContain('no-effective-access-to-treatment-in-algeria');
    });
    it('less than a year of residence is for the préfet to weigh, not a refusal', () => {
      const r = result('afa-6-7', { ...DZ, ownSeriousIllness: true, habitualResidenceSince: '2026-06-01' });
      expect(r.status).toBe('possible');
    });
  });

  describe('AFA 7 bis', () => {
    it('f): exactly 10 years of lawful stay is not "more than 10 years"', () => {
      const s = { ...DZ, ...ONE_YEAR, onlyStudentTitles: false, lawfulResidenceSince: '2016-11-22' };
      expect(result('afa-7bis-f', s, '2026-11-22').status).toBe('not-eligible');
      expect(result('afa-7bis-f', s, '2026-11-23').status).toBe('eligible');
    });
    it('a), b), c) and g) need a lawful stay; e) does not', () => {
      const noTitle = { currentTitle: 'none' } as const;
      expect(result('afa-7bis-a', { ...DZ, ...married, partnerIsFrench: true, marriageDate: '2024-01-01', entryVisa: 'short-stay', marriagePlace: 'france', livingTogether: true, ...noTitle }).reasons.map((x) => x.id)).toContain('lawful-stay');
      expect(result('afa-7bis-e', { ...DZ, birthDate: '2000-01-01', habitualResidenceSince: '2005-01-01', ...noTitle }).status).toBe('eligible');
    });
    it('c): the beneficiary of a French work-accident death pension qualifies as well as the 20 % pensioner', () => {
      // Art. 7 bis c) (DZ-10c): a French AT/MP pension for an incapacity of at least 20 %, or entitlement,
      // as a survivor, to a French AT/MP death pension.
      const widow = { ...DZ, ...ONE_YEAR, workAccidentPension20: false, workAccidentSurvivorPension: true, entryVisa: 'long-stay' } as const;
      const r = result('afa-7bis-c', widow);
      expect(r.status).toBe('eligible');
      expect(r.legalBasis).toEqual(['AFA 7bis-c']);
      const neither = result('afa-7bis-c', { ...widow, workAccidentSurvivorPension: false });
      expect(neither.reasons.map((x) => x.id)).toContain('work-accident-or-death-pension');
      // Still a VLS case under art. 9 (7 bis, 4th paragraph, c).
      expect(result('afa-7bis-c', { ...widow, entryVisa: 'short-stay' }).reasons.map((x) => x.id)).toContain('long-stay-visa');
    });
    it('discretionary card is never eligible', () => {
      expect(result('afa-7bis-discretionary', { ...DZ, ...ONE_YEAR, lawfulResidenceSince: '2020-01-01', stableResourcesAtLeastSmic: true }).status).toBe('possible');
    });
  });

  describe('AFA 7 ter (retraité) is for someone settled outside France (DZ-E7, corrected 2026-12-03)', () => {
    const retiree = { ...DZ, currentTitle: 'algerian-certificate-10-years', receivesFrenchPension: true } as const;
    it('never proposed to a retiree living in France with a 10-year certificat and a French pension', () => {
      const r = result('afa-7ter', { ...retiree, formerResidentLivingAbroad: false });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toContain('settled-outside-france');
    });
    it('settled abroad after living in France under the 10-year certificat: eligible', () => {
      expect(result('afa-7ter', { ...retiree, currentTitle: 'none', heldTenYearTitle: true, formerResidentLivingAbroad: true }).status).toBe('eligible');
    });
    it('where the person lives is not answered: possible, and that is the question asked', () => {
      const r = result('afa-7ter', retiree);
      expect(r.status).toBe('possible');
      expect(r.missing).toContain('formerResidentLivingAbroad');
    });
    it('the spouse card: not for a couple living in France; its conditions carry a verify note', () => {
      const spouse = { ...DZ, ...married, spouseHoldsRetireeCard: true };
      const inFrance = result('afa-7ter-spouse', { ...spouse, formerResidentLivingAbroad: false });
      expect(inFrance.status).toBe('not-eligible');
      expect(inFrance.reasons.map((x) => x.id)).toContain('settled-outside-france');
      const abroad = result('afa-7ter-spouse', { ...spouse, formerResidentLivingAbroad: true });
      expect(abroad.legalBasis).toEqual(['AFA 7ter']);
      expect(abroad.verifyNotes).toContain('afa-7ter-spouse-conditions');
      expect(result('afa-7ter-spouse', { ...spouse, maritalStatus: 'single' }).reasons.map((x) => x.id)).toContain('is-married');
    });
    it('never for the spouse of a French national, even before the retraité questions are answered (review R; DZ-E7)', () => {
      // P10's situation: an Algerian married to a French national, the retraité questions not asked.
      const french = result('afa-7ter-spouse', { ...DZ, ...married, partnerIsFrench: true });
      expect(french.status).toBe('not-eligible');
      expect(french.reasons.map((x) => x.id)).toContain('spouse-is-foreign-national');
      // Unknown nationality of the spouse: still possible (an unknown never becomes a no) …
      expect(result('afa-7ter-spouse', { ...DZ, ...married, partnerIsFrench: 'dont-know' }).status).toBe('possible');
      // … and a spouse who holds the retraité certificat is foreign by definition: no extra question.
      const holder = result('afa-7ter-spouse', { ...DZ, ...married, spouseHoldsRetireeCard: true, formerResidentLivingAbroad: true });
      expect(holder.status).toBe('eligible');
      expect(holder.missing).not.toContain('partnerIsFrench');
    });
  });

  describe('a family member of an EU citizen: EU rules first, the accord when they fail (DZ-GEN; eu-family.md flow step 4)', () => {
    const eu = { ...DZ, familyOfEuCitizen: true, euRelationship: 'spouse', euCitizenActivity: 'worker', habitualResidenceSince: '2010-01-01', stayedAsStudent: false } as const;
    it('closed while the EU card is eligible (married to an EU worker, together)', () => {
      const r = result('afa-6-1', { ...eu, euSpouseStatus: 'together' });
      expect(r.status).toBe('not-eligible');
      expect(r.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['applicable-regime', 'no-eu-family-right']));
    });
    it('open (eligible) once every EU card fails: the citizen has none of the activities that give a right', () => {
      expect(result('afa-6-1', { ...eu, euSpouseStatus: 'together', euCitizenActivity: 'other', euFamilyResidenceYears: 2 }).status).toBe('eligible');
    });
    it('unknown while the EU right is only possible: the citizen\'s activity unanswered', () => {
      const r = result('afa-6-1', { ...eu, euSpouseStatus: 'together', euCitizenActivity: 'dont-know' });
      expect(r.status).toBe('possible');
      expect(r.reasons).toEqual([]);
    });
  });
});

describe('the polygamy reservation (X3, L412-6; DZ-0)', () => {
  const base = { ...DZ, habitualResidenceSince: '2014-01-01', stayedAsStudent: false } as Situation;
  const noStatus = Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'maritalStatus')) as Situation;
  it('an answer "no polygamy" closes it whatever the marital status, even unanswered', () => {
    const r = result('afa-6-1', { ...noStatus, polygamy: false });
    expect(r.status).toBe('eligible');
    expect(r.missing).not.toContain('maritalStatus');
    expect(r.warnings).not.toContain('polygamy');
  });
  it('"yes" with the marital status unanswered: possible, the marital status is asked, no warning yet', () => {
    const r = result('afa-6-1', { ...noStatus, polygamy: true });
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('maritalStatus');
    expect(r.warnings).not.toContain('polygamy');
  });
  it('"yes" and married: possible with the polygamy warning; "I don\'t know": possible, asked', () => {
    const open = result('afa-6-1', { ...base, maritalStatus: 'married', polygamy: true });
    expect(open.status).toBe('possible');
    expect(open.warnings).toContain('polygamy');
    const unknown = result('afa-6-1', { ...base, maritalStatus: 'married', polygamy: 'dont-know' });
    expect(unknown.status).toBe('possible');
    expect(unknown.missing).toContain('polygamy');
  });
});
