/**
 * Referrals: routes sent to a human. Each one is shown when the answers point to it and
 * only then; it is never a card and never names an invented legal basis.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, evaluate, REFERRALS, referralById, referralsFor, type Situation } from '../rules';
import { LEGAL_BASIS_PATTERN } from '../rules/card';
import { LANGS } from '../locales/languages';

const AS_OF = '2026-12-01';
const ids = (s: Situation, asOf = AS_OF) => referralsFor(s, asOf).map((r) => r.id);

/** Referrals checked by check() (the last test asserts every referral was). */
const checked = new Set<string>();

/** Asserts the referral is shown for `yes` and not for every `no`. */
function check(id: string, yes: Situation, ...no: Situation[]) {
  checked.add(id);
  expect(no.length, `${id}: give at least one situation where it is not relevant`).toBeGreaterThan(0);
  expect(ids(yes), `${id} should be relevant for ${JSON.stringify(yes)}`).toContain(id);
  for (const s of no) expect(ids(s), `${id} should not be relevant for ${JSON.stringify(s)}`).not.toContain(id);
}

describe('referral registry', () => {
  it('has unique ids, a reference note and a locale key under referrals.<id>', () => {
    const seen = new Set<string>();
    for (const r of REFERRALS) {
      expect(seen.has(r.id), `duplicate ${r.id}`).toBe(false);
      seen.add(r.id);
      expect(r.ref.length).toBeGreaterThan(0);
      expect(r.localeKey).toBe(`referrals.${r.id}`);
      expect(r.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('never shares an id with a card and never carries a canonical legal basis as its reference', () => {
    const cardIds = new Set<string>(CATALOGUE.map((c) => c.id));
    for (const r of REFERRALS) {
      expect(cardIds.has(r.id), r.id).toBe(false);
      expect(LEGAL_BASIS_PATTERN.test(r.ref), r.ref).toBe(false);
    }
  });

  it('includes the routes the brief lists', () => {
    for (const id of [
      'aps-care', 'dz-student-trainee', 'dz-temporary-worker', 'retiree-settling', 'eu-long-term-resident',
      'eu-service-provider-employee', 'asylum-and-residence', 'volunteer-cst', 'family-reunification',
      'refugee-family-reunification', 'uk-withdrawal-agreement',
    ]) expect(referralById(id), id).toBeDefined();
  });

  it('shows nothing for an empty situation (an unanswered fact never triggers a referral)', () => {
    expect(ids({})).toEqual([]);
  });

  it('treats "dont-know" as no trigger', () => {
    expect(ids({ nationality: 'other', protectionStatus: 'dont-know', entryDate: 'dont-know', activity: 'none' })).not.toContain('asylum-and-residence');
  });

  it('is part of evaluate(): every Evaluation has a referrals list', () => {
    const ev = evaluate({ nationality: 'other', protectionStatus: 'refugee' }, { asOf: AS_OF });
    expect(ev.referrals.map((r) => r.id)).toContain('refugee-family-reunification');
    expect(evaluate({}, { asOf: AS_OF }).referrals).toEqual([]);
  });

  it('lists referrals a question points to before the general ones', () => {
    const out = referralsFor({ nationality: 'other', protectionStatus: 'asylum-seeker', employed: true }, AS_OF);
    const firstGeneral = out.findIndex((r) => r.trigger === 'general');
    expect(firstGeneral).toBeGreaterThan(0);
    expect(out.slice(firstGeneral).every((r) => r.trigger === 'general')).toBe(true);
  });
});

describe('aps-care (APS-2, basis UNCONFIRMED)', () => {
  it('is relevant to a seriously ill person here for less than a year', () => {
    check(
      'aps-care',
      { nationality: 'other', ownSeriousIllness: true, habitualResidenceSince: '2026-03-01' },
      { nationality: 'other', ownSeriousIllness: true, habitualResidenceSince: '2024-03-01' },
      { nationality: 'other', ownSeriousIllness: false, habitualResidenceSince: '2026-03-01' },
      { nationality: 'other', ownSeriousIllness: true },
      { nationality: 'eu-eea-swiss', ownSeriousIllness: true, habitualResidenceSince: '2026-03-01' },
    );
  });
  it('falls back on the entry date, and a full year ends it', () => {
    expect(ids({ nationality: 'algerian', ownSeriousIllness: true, entryDate: '2026-01-15' })).toContain('aps-care');
    expect(ids({ nationality: 'other', ownSeriousIllness: true, entryDate: '2025-12-01' })).not.toContain('aps-care');
    expect(ids({ nationality: 'other', ownSeriousIllness: true, entryDate: '2025-12-02' })).toContain('aps-care');
  });
  it('does not read the clock: the same answers on another date give another answer', () => {
    const s: Situation = { nationality: 'other', ownSeriousIllness: true, entryDate: '2026-01-15' };
    expect(ids(s, '2026-06-01')).toContain('aps-care');
    expect(ids(s, '2027-06-01')).not.toContain('aps-care');
  });
});

describe('Algerian routes without a confirmed article', () => {
  it('dz-student-trainee: Algerian student or trainee (protocol Titre III)', () => {
    check(
      'dz-student-trainee',
      { nationality: 'algerian', familyOfEuCitizen: false, activity: 'studies' },
      { nationality: 'tunisian', activity: 'studies' },
      { nationality: 'algerian', activity: 'ordinary-job' },
      { nationality: 'algerian', familyOfEuCitizen: true, activity: 'studies' },
    );
    expect(ids({ nationality: 'algerian', activity: 'internship' })).toContain('dz-student-trainee');
    expect(ids({ nationality: 'algerian', currentTitleGround: 'student' })).toContain('dz-student-trainee');
  });
  it('dz-temporary-worker: Algerian on a short contract (letter UNCONFIRMED)', () => {
    check(
      'dz-temporary-worker',
      { nationality: 'algerian', activity: 'ordinary-job', contractType: 'fixed-term-short' },
      { nationality: 'algerian', activity: 'ordinary-job', contractType: 'permanent' },
      { nationality: 'other', activity: 'ordinary-job', contractType: 'fixed-term-short' },
    );
    expect(ids({ nationality: 'algerian', currentTitleGround: 'temporary-worker' })).toContain('dz-temporary-worker');
  });
  it('dz-talent: Algerian researcher or other talent profile (DZ-E8, 002-25)', () => {
    check('dz-talent', { nationality: 'algerian', activity: 'research' }, { nationality: 'other', activity: 'research' }, { nationality: 'algerian', activity: 'ordinary-job' });
  });
  it("dz-general-regularisation: Algerian without a title (préfet's general power, no L435-1)", () => {
    check(
      'dz-general-regularisation',
      { nationality: 'algerian', currentTitle: 'none' },
      { nationality: 'algerian', currentTitle: 'algerian-certificate-1-year' },
      { nationality: 'other', currentTitle: 'none' },
      { nationality: 'algerian' },
    );
  });
  it('the spouse of an Algerian retraité has a card now (DZ-E7, corrected 2026-12-03), no referral', () => {
    expect(referralById('dz-retiree-spouse')).toBeUndefined();
    expect(CATALOGUE.map((c) => c.id)).toContain('afa-7ter-spouse');
  });
});

describe('Algerian family of an EU citizen: the referral follows the EU right (eu-family.md flow step 4; DZ-GEN)', () => {
  const dz = {
    removalOrder: 'none', nationality: 'algerian', familyOfEuCitizen: true, euRelationship: 'spouse', euCitizenActivity: 'worker',
    currentTitle: 'none', publicOrderConcern: false,
  } as const satisfies Situation;
  const referrals = (s: Situation) => evaluate(s, { asOf: AS_OF }).referrals.map((r) => r.id);

  it('no referral while the EU card is eligible (married, living together)', () => {
    expect(referrals({ ...dz, euSpouseStatus: 'together' })).not.toContain('dz-general-regularisation');
  });
  it('shown once every EU card fails: divorced after under 3 years, no custody, no violence, no resources of her own', () => {
    const s: Situation = {
      ...dz, euSpouseStatus: 'divorced', marriage3YearsBeforeProceedings: false, euChildCustody: 'none', euDifficultCircumstances: false,
      employed: false, euOwnResourcesAtLeastRsa: false, euFamilyOfSelfSufficientPerson: false, euFamilyResidenceYears: 2,
    };
    expect(evaluate(s, { asOf: AS_OF }).results.filter((r) => r.regime === 'eu-family').map((r) => r.status)).toEqual(['not-eligible', 'not-eligible', 'not-eligible', 'not-eligible']);
    expect(referrals(s)).toContain('dz-general-regularisation');
  });
  it('shown while the retained right is only possible (an unknown never becomes a no)', () => {
    expect(referrals({ ...dz, euSpouseStatus: 'divorced' })).toContain('dz-general-regularisation');
  });
  it('without the card statuses, a family member of an EU citizen is taken to be covered', () => {
    expect(ids({ ...dz, euSpouseStatus: 'divorced' })).not.toContain('dz-general-regularisation');
  });
});

describe('cases the sources did not cover', () => {
  it('retiree-settling: a French pension, without a 10-year title', () => {
    check(
      'retiree-settling',
      { nationality: 'moroccan', frenchRetirementPension: true },
      { nationality: 'moroccan', frenchRetirementPension: true, currentTitle: 'resident-card-10-years' },
      { nationality: 'moroccan', frenchRetirementPension: false },
      { nationality: 'eu-eea-swiss', frenchRetirementPension: true },
    );
    expect(ids({ nationality: 'algerian', receivesFrenchPension: true })).toContain('retiree-settling');
  });
  it('eu-long-term-resident: listed for a non-EU national without a 10-year title (no question asks it)', () => {
    check(
      'eu-long-term-resident',
      { nationality: 'other', familyOfEuCitizen: false },
      { nationality: 'eu-eea-swiss' },
      { nationality: 'other', familyOfEuCitizen: true },
      { nationality: 'other', currentTitle: 'resident-card-10-years' },
    );
    expect(referralById('eu-long-term-resident')?.trigger).toBe('general');
  });
  it('eu-service-provider-employee: a non-EU national who works', () => {
    check(
      'eu-service-provider-employee',
      { nationality: 'tunisian', employed: true },
      { nationality: 'tunisian', employed: false, activity: 'studies' },
      { nationality: 'eu-eea-swiss', employed: true },
    );
  });
  it('asylum-and-residence: an asylum seeker', () => {
    check(
      'asylum-and-residence',
      { nationality: 'other', protectionStatus: 'asylum-seeker' },
      { nationality: 'other', protectionStatus: 'refugee' },
      { nationality: 'other', protectionStatus: 'none' },
    );
    expect(ids({ nationality: 'moroccan', currentTitle: 'asylum-seeker-certificate' })).toContain('asylum-and-residence');
  });
  it('volunteer-cst: volunteering (the L426-21 APS is a card; the CST "volontaire" is not confirmed)', () => {
    check('volunteer-cst', { nationality: 'other', activity: 'volunteering' }, { nationality: 'other', activity: 'au-pair' }, { nationality: 'eu-eea-swiss', activity: 'volunteering' });
  });
  it('pre-entry-language-test: a spouse who lives abroad', () => {
    check(
      'pre-entry-language-test',
      { nationality: 'other', maritalStatus: 'married', livingTogether: false, partnerIsFrench: true },
      { nationality: 'other', maritalStatus: 'married', livingTogether: true, partnerIsFrench: true },
      { nationality: 'other', maritalStatus: 'single' },
    );
  });
  it('uk-withdrawal-agreement: listed for British nationals only', () => {
    check('uk-withdrawal-agreement', { nationality: 'british' }, { nationality: 'other' }, { nationality: 'eu-eea-swiss' });
  });
});

describe('family procedures that are not a title for the person', () => {
  it('family-reunification: a title holder whose spouse lives elsewhere (OFII procedure for the sponsor)', () => {
    const sponsor: Situation = { nationality: 'other', currentTitle: 'multi-year-card', maritalStatus: 'married', livingTogether: false, partnerIsFrench: false };
    check(
      'family-reunification',
      sponsor,
      { ...sponsor, livingTogether: true },
      { ...sponsor, currentTitle: 'none' },
      { ...sponsor, partnerIsFrench: true },
      { ...sponsor, protectionStatus: 'refugee' },
      { ...sponsor, maritalStatus: 'single' },
    );
    expect(ids({ ...sponsor, nationality: 'algerian', currentTitle: 'algerian-certificate-10-years' })).toContain('family-reunification');
    expect(referralById('family-reunification')?.kind).toBe('information');
  });
  it('refugee-family-reunification: refugee, subsidiary protection or stateless (L561-2 to L561-5)', () => {
    check(
      'refugee-family-reunification',
      { nationality: 'other', protectionStatus: 'refugee' },
      { nationality: 'other', protectionStatus: 'asylum-seeker' },
      { nationality: 'other', protectionStatus: 'none' },
    );
    expect(ids({ nationality: 'other', protectionStatus: 'subsidiary-protection' })).toContain('refugee-family-reunification');
    expect(ids({ nationality: 'other', protectionStatus: 'stateless' })).toContain('refugee-family-reunification');
  });
});

describe('referral strings', () => {
  for (const lang of LANGS) {
    it(`locales/${lang}/referrals.json has a title and a text for every referral, and nothing else`, () => {
      const file = path.join(process.cwd(), 'locales', lang, 'referrals.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { referrals: Record<string, { title?: string; text?: string }> };
      expect(Object.keys(data)).toEqual(['referrals']);
      expect(Object.keys(data.referrals).sort()).toEqual(REFERRALS.map((r) => r.id).sort());
      for (const r of REFERRALS) {
        const entry = data.referrals[r.id]!;
        expect(entry.title?.trim().length, `${lang} ${r.id}.title`).toBeGreaterThan(0);
        expect(entry.text?.trim().length, `${lang} ${r.id}.text`).toBeGreaterThan(0);
        expect(Object.keys(entry).sort()).toEqual(['text', 'title']);
      }
    });
  }
});

describe('every referral', () => {
  it('has a relevant and a not-relevant case above (runs last)', () => {
    expect(REFERRALS.map((r) => r.id).filter((id) => !checked.has(id))).toEqual([]);
  });
});
