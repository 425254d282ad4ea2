/**
 * Issue 13: renewals, changes of status and the path to multi-year and resident cards (general-regime.md X5, X6;
 * filing-fees-remedies.md F-6, F-7; algeria-tunisia-morocco.md DZ-0, DZ-10). Every case here failed on main before the
 * title held was modelled: main treated every request as a first issue.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, nextQuestions, type CardResult, type Situation } from '../rules';
import { walk } from '../rules/logic';
import { run as cli } from '../rules/cli';
import { cardCases, GENERAL_REGIME_PERSON, result as cardResult, without } from './helpers/card-cases';
import { LANGS, lookup, readLanguage } from '../locales';
import { traceNode } from './helpers/scenario';

const AS_OF = '2026-11-22';
const BASE: Situation = { ...GENERAL_REGIME_PERSON, refusalPending: false };
const result = (s: Situation, id: string, asOf = AS_OF): CardResult => cardResult(id, s, asOf);
const nodeIds = (r: CardResult) => walk(r.conditions).map((n) => n.id);
const reasons = (r: CardResult) => r.reasons.map((x) => x.id);
const EXAM_NODES = ['integration-l413-7', 'integration-l433-4', 'french-b1', 'french-a2', 'french-level-b1', 'french-level-a2', 'civic-exam-resident', 'civic-exam-csp', 'civic-exam-passed', 'mayor-opinion'];
const NO_EXEMPTION = { schooledInFrance: false, integrationMedicalExemption: false } as const;

/** A resident-card holder, spouse of a French national since 2014, French A1 (the CLI case of the issue). */
const CR_HOLDER: Situation = {
  ...BASE, birthDate: '1980-03-01', currentTitle: 'resident-card-10-years', currentTitleExpiry: '2027-06-30',
  timeOutsideFrance: 'under-6-months-a-year', maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2014-06-01',
  marriagePlace: 'france', livingTogether: true, frenchLevel: 'a1', civicExamPassed: false,
};

/** A spouse of a French national on a 1-year CST VPF, bound by the CIR. */
const CST_SPOUSE: Situation = {
  ...BASE, birthDate: '1988-03-01', currentTitle: 'cst-1-year', currentTitleGround: 'spouse-of-french', currentTitleExpiry: '2027-06-10',
  lawfulResidenceSince: '2022-06-11', maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2021-06-01', marriagePlace: 'france',
  livingTogether: true, cirFollowed: true, frenchLevel: 'a1', civicExamPassed: false, ...NO_EXEMPTION,
};

describe('CR renewal (L433-2): de plein droit, no exam, no language level', () => {
  it('a resident-card holder with A1 French is eligible, and no exam, language or visa condition is in the trace', () => {
    const r = result(CR_HOLDER, 'ceseda-l433-2');
    expect(r.status).toBe('eligible');
    expect(r.kind).toBe('plein-droit');
    expect(r.legalBasis).toEqual(['CESEDA L433-2']);
    for (const id of [...EXAM_NODES, 'long-stay-visa', 'lawful-entry']) expect(nodeIds(r)).not.toContain(id);
    expect(r.channel).toBe('ANEF');
    // Renewal tax €200 + stamp duty €50 (F-7).
    expect(r.fee.parts.map((p) => [p.id, p.amount])).toEqual([['renewal-tax', 200], ['stamp-duty', 50]]);
  });
  it('lapses after 3 consecutive years abroad (L411-5) and needs habitual residence (L433-3-1)', () => {
    expect(reasons(result({ ...CR_HOLDER, timeOutsideFrance: 'over-3-years-in-a-row' }, 'ceseda-l433-2'))).toContain('resident-card-not-lapsed');
    expect(reasons(result({ ...CR_HOLDER, timeOutsideFrance: 'over-6-months-some-years' }, 'ceseda-l433-2'))).toContain('habitual-residence-in-france');
  });
  it('unknown time abroad → possible, the question is asked', () => {
    const r = result(without(CR_HOLDER, 'timeOutsideFrance'), 'ceseda-l433-2');
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('timeOutsideFrance');
  });
  it('public order is a reservation only (X2: a grave threat), never decided: possible with the warnings', () => {
    const r = result({ ...CR_HOLDER, publicOrderConcern: true }, 'ceseda-l433-2');
    expect(r.status).toBe('possible');
    expect(r.warnings).toEqual(expect.arrayContaining(['public-order', 'resident-card-grave-threat-only']));
  });
  it('an Algerian refugee holds the CESEDA card and renews it; a multi-year card holder does not', () => {
    expect(result({ ...CR_HOLDER, nationality: 'algerian', protectionStatus: 'refugee' }, 'ceseda-l433-2').status).toBe('eligible');
    expect(reasons(result({ ...CR_HOLDER, currentTitle: 'multi-year-card' }, 'ceseda-l433-2'))).toContain('holds-resident-card');
  });
  it('the CLI returns a card citing CESEDA L433-2 as eligible for the resident-card holder with A1 French', () => {
    const out = cli(['--as-of', AS_OF], () => JSON.stringify(CR_HOLDER));
    expect(out.code).toBe(0);
    const parsed = JSON.parse(out.stdout) as { results: { id: string; legalBasis: string[]; status: string }[]; heldTitle?: { expiresOn: string } };
    const citing = parsed.results.filter((r) => r.legalBasis.includes('CESEDA L433-2'));
    expect(citing.filter((r) => r.status === 'eligible').map((r) => r.id)).toEqual(['ceseda-l433-2']);
    expect(parsed.heldTitle?.expiresOn).toBe('2027-06-30');
  });
  it('lower or same-rank titles are not proposed to a resident-card holder; the permanent, RLD-UE and retraité cards stay open', () => {
    expect(reasons(result(CR_HOLDER, 'ceseda-l423-1'))).toContain('not-below-title-held');
    expect(reasons(result(CR_HOLDER, 'ceseda-l423-6'))).toContain('not-below-title-held');
    for (const id of ['ceseda-l426-4', 'ceseda-l426-17', 'ceseda-l426-8']) expect(reasons(result(CR_HOLDER, id))).not.toContain('not-below-title-held');
    // A lapsed card no longer counts as held.
    expect(reasons(result({ ...CR_HOLDER, timeOutsideFrance: 'over-3-years-in-a-row' }, 'ceseda-l423-1'))).not.toContain('not-below-title-held');
  });
});

describe('1-year CST renewals: the L433-1-1 cap for people bound by the CIR', () => {
  it('4th consecutive renewal of a CST VPF: not-eligible, with the multi-year card as the way forward and its missing conditions named', () => {
    const s: Situation = { ...CST_SPOUSE, currentTitleRenewals: 3 };
    const cst = result(s, 'ceseda-l423-1');
    expect(cst.status).toBe('not-eligible');
    expect(reasons(cst)).toContain('renewal-cap-l433-1-1');
    expect(cst.notes).toEqual([{ id: 'renewal-cap-way-forward', cardIds: ['ceseda-l433-4-spouse'] }]);
    const csp = result(s, 'ceseda-l433-4-spouse');
    expect(csp.status).toBe('not-eligible');
    expect(reasons(csp)).toEqual(expect.arrayContaining(['french-a2', 'civic-exam-csp']));
    expect(csp.integrationPath).toMatchObject({ tests: ['french-a2', 'civic-exam-csp'], before: '2027-04-11', ref: 'CESEDA L433-4' });
    // The same mention covers every VPF ground (L433-1-1 "mention identique"): no CST VPF as a parent either.
    expect(reasons(result({ ...s, hasFrenchMinorChild: true, frenchChildBirthDate: '2020-01-01', supportsChildSince: '2020-01-01', childFrenchThroughRecognition: false }, 'ceseda-l423-7'))).toContain('renewal-cap-l433-1-1');
  });
  it('the 3rd renewal is still allowed: no entry condition for a renewal, the visa node is replaced', () => {
    const r = result({ ...CST_SPOUSE, currentTitleRenewals: 2 }, 'ceseda-l423-1');
    expect(r.status).toBe('eligible');
    expect(nodeIds(r)).toContain('entry-checked-at-first-card');
    expect(nodeIds(r)).not.toContain('long-stay-visa');
  });
  it('unknown number of renewals → possible, the question is asked', () => {
    const r = result(CST_SPOUSE, 'ceseda-l423-1');
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('currentTitleRenewals');
  });
  it('people exempt from the CIR (L413-5: visitors, students…) are not capped', () => {
    const visitor: Situation = { ...BASE, currentTitle: 'cst-1-year', currentTitleGround: 'visitor', currentTitleRenewals: 6, stableResourcesAtLeastSmic: true, healthInsurance: true, employed: false };
    const r = result(visitor, 'ceseda-l426-20');
    expect(r.status).toBe('eligible');
    expect(nodeIds(r)).not.toContain('renewal-cap-l433-1-1');
    // A CST VPF held on health grounds (L425-9, exempt from the CIR) is not capped either.
    const health = result({ ...CST_SPOUSE, currentTitleGround: 'health', currentTitleRenewals: 5 }, 'ceseda-l423-1');
    expect(traceNode(health.conditions, 'renewal-cap-l433-1-1')?.value).toBe('met');
    expect(reasons(health)).not.toContain('renewal-cap-l433-1-1');
  });
  it('while the ground of the CST held is unknown, the cap is unknown, never a no', () => {
    const r = result(without({ ...CST_SPOUSE, currentTitleRenewals: 3 }, 'currentTitleGround'), 'ceseda-l423-1');
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('currentTitleGround');
  });
});

describe('the multi-year card after a 1-year CST (L433-4), family ones included', () => {
  it('first CSP after a CST VPF with A2 and the civic exam passed: eligible', () => {
    const r = result({ ...CST_SPOUSE, frenchLevel: 'a2', civicExamPassed: true }, 'ceseda-l433-4-spouse');
    expect(r.status).toBe('eligible');
    expect(r.legalBasis).toEqual(['CESEDA L423-1', 'CESEDA L433-4']);
    expect(r.title).toBe('csp');
    expect(nodeIds(r)).not.toContain('long-stay-visa');
    expect(r.verifyNotes).toContain('family-csp-duration');
  });
  it('before 1 Jan 2026 neither A2 nor the civic exam was required (X5)', () => {
    expect(result({ ...CST_SPOUSE, currentTitleExpiry: '2026-03-01' }, 'ceseda-l433-4-spouse', '2025-11-01').status).toBe('eligible');
  });
  it('multi-year "salarié" renewal with A1: eligible, no exam condition; the 1-year salarié card is below the card held', () => {
    const s: Situation = {
      ...BASE, currentTitle: 'multi-year-card', currentTitleGround: 'employee', currentTitleExpiry: '2027-03-01', timeOutsideFrance: 'under-6-months-a-year',
      lawfulResidenceSince: '2019-09-01', employed: true, frenchLevel: 'a1', civicExamPassed: false,
    };
    const r = result(s, 'ceseda-l433-4-salarie');
    expect(r.status).toBe('eligible');
    for (const id of EXAM_NODES) expect(nodeIds(r)).not.toContain(id);
    expect(r.verifyNotes).not.toContain('accord-multi-year-salarie');
    expect(reasons(result(s, 'ceseda-l421-1'))).toContain('not-below-title-held');
    // Renewing the CSP needs habitual residence (L433-1 al. 2, L433-3-1).
    expect(reasons(result({ ...s, timeOutsideFrance: 'over-6-months-some-years' }, 'ceseda-l433-4-salarie'))).toContain('habitual-residence-in-france');
  });
  it('the CSP on one ground needs a card on that ground', () => {
    expect(reasons(result({ ...CST_SPOUSE, currentTitleGround: 'employee' }, 'ceseda-l433-4-spouse'))).toContain('current-title-on-this-ground');
  });
});

const PARENT: Situation = {
  ...BASE, currentTitle: 'cst-1-year', currentTitleGround: 'parent-of-french-child', lawfulResidenceSince: '2024-01-01', hasFrenchMinorChild: true,
  frenchChildBirthDate: '2019-05-01', supportsChildSince: '2019-05-01', childFrenchThroughRecognition: false, cirFollowed: true, frenchLevel: 'a2',
  civicExamPassed: true, ...NO_EXEMPTION,
};
const TIES: Situation = { ...BASE, currentTitle: 'cst-1-year', currentTitleGround: 'family-ties', lawfulResidenceSince: '2024-01-01', cirFollowed: true, frenchLevel: 'b1', civicExamPassed: true, ...NO_EXEMPTION };
const JOINING: Situation = { ...BASE, currentTitle: 'multi-year-card', currentTitleGround: 'family-reunification', maritalStatus: 'married', livingTogether: true, timeOutsideFrance: 'under-6-months-a-year' };

describe('per-card cases of the family multi-year cards', () => {
  cardCases({ id: 'ceseda-l433-4-parent', met: PARENT, metStatus: 'eligible', unmet: { change: { supportsChildSince: '2025-06-01' }, condition: 'contributes-since-birth-or-2-years' }, unknown: { remove: ['cirFollowed'], missing: ['cirFollowed'] } });
  // The ties are weighed by the préfet again at the CSP: never better than possible.
  cardCases({ id: 'ceseda-l433-4-family-ties', met: TIES, metStatus: 'possible', unmet: { change: { frenchLevel: 'a1' }, condition: 'french-a2' }, unknown: { remove: ['civicExamPassed'], missing: ['civicExamPassed'] } });
  cardCases({ id: 'ceseda-l433-4-joining-family', met: JOINING, metStatus: 'eligible', unmet: { change: { livingTogether: false }, condition: 'life-together-if-spouse' }, unknown: { remove: ['timeOutsideFrance'], missing: ['timeOutsideFrance'] } });
  cardCases({ id: 'ceseda-l433-2', met: CR_HOLDER, metStatus: 'eligible', unmet: { change: { currentTitle: 'cst-1-year' }, condition: 'holds-resident-card' }, unknown: { remove: ['currentTitle'], missing: ['currentTitle'] } });
});

describe('change of status: a first issue of the new title, from a lawful stay', () => {
  // Gross SMIC 2026 ≈ €21,620 a year; 1.6 × SMIC ≈ €34,600, under the talent threshold (€39,582).
  const STUDENT: Situation = {
    ...BASE, birthDate: '2000-03-01', currentTitle: 'multi-year-card', currentTitleGround: 'student', currentTitleExpiry: '2027-03-31',
    lawfulResidenceSince: '2021-09-01', employed: false, activity: 'ordinary-job', contractType: 'permanent', workAuthorisation: true,
    masterLevelDegree: true, annualGrossPay: 34_600, healthInsurance: true,
  };
  it('a student with a master\'s and a signed CDI at 1.6 × SMIC: the salarié card is proposed as a change of status, without a new visa', () => {
    const r = result(STUDENT, 'ceseda-l421-1');
    expect(r.status).toBe('eligible');
    expect(r.warnings).toContain('change-of-status');
    expect(nodeIds(r)).not.toContain('long-stay-salarie-visa');
    // F-7: charged at the renewal rate in préfecture practice since May 2026 (M), flagged.
    expect(r.fee.parts.map((p) => p.id)).toContain('renewal-tax');
    expect(r.verifyNotes).toContain('change-of-status-fee');
  });
  it('the job-search card is open too; the talent card fails on pay', () => {
    expect(result(STUDENT, 'ceseda-l422-10').status).toBe('eligible');
    expect(reasons(result(STUDENT, 'ceseda-l421-9'))).toContain('pay-at-least-talent-threshold');
  });
  it('a renewal on the same ground is not a change of status', () => {
    expect(result({ ...CST_SPOUSE, currentTitleRenewals: 0 }, 'ceseda-l423-1').warnings).not.toContain('change-of-status');
  });
});

describe('Algerian certificats: renewals and the 10-year certificat after the 1-year one', () => {
  const DZ: Situation = { ...BASE, nationality: 'algerian', birthDate: '1995-03-01' };
  const SPOUSE_1Y: Situation = {
    ...DZ, currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'spouse-of-french', currentTitleExpiry: '2027-05-20',
    maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2024-10-01', marriagePlace: 'abroad', marriageTranscribed: true, livingTogether: true,
  };
  it('the 1-year certificat is renewed without its entry being asked again (AFA 6-2), and the 10-year one is open after a year of marriage (7 bis a)', () => {
    const renewal = result(SPOUSE_1Y, 'afa-6-2');
    expect(renewal.status).toBe('eligible');
    expect(nodeIds(renewal)).toContain('entry-checked-at-first-card');
    expect(nodeIds(renewal)).not.toContain('lawful-entry');
    expect(result(SPOUSE_1Y, 'afa-7bis-a').status).toBe('eligible');
  });
  it('a salarié certificat is renewed even after a re-entry without a visa (the visa is for the first entry, art. 9)', () => {
    const s: Situation = { ...DZ, currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'employee', entryVisa: 'visa-exempt', employed: true, workAuthorisation: true };
    const r = result(s, 'afa-7-b');
    expect(r.status).toBe('eligible');
    expect(nodeIds(r)).not.toContain('long-stay-visa');
  });
  const TEN: Situation = { ...DZ, currentTitle: 'algerian-certificate-10-years', currentTitleExpiry: '2027-09-01', timeOutsideFrance: 'under-6-months-a-year', frenchLevel: 'none' };
  cardCases({ id: 'afa-7bis-renewal', met: TEN, metStatus: 'eligible', unmet: { change: { timeOutsideFrance: 'over-3-years-in-a-row' }, condition: 'certificat-not-lapsed' }, unknown: { remove: ['timeOutsideFrance'], missing: ['timeOutsideFrance'] } });
  it('the 10-year renewal carries no exam or language level and is filed on ANEF; 1-year certificats are not proposed to its holder', () => {
    const r = result(TEN, 'afa-7bis-renewal');
    for (const id of EXAM_NODES) expect(nodeIds(r)).not.toContain(id);
    expect(r.channel).toBe('ANEF');
    expect(r.legalBasis).toEqual(['AFA 7bis', 'CESEDA L433-2']);
    expect(reasons(result({ ...TEN, maritalStatus: 'married', partnerIsFrench: true }, 'afa-6-2'))).toContain('not-below-title-held');
  });
});

describe('deadlines: the renewal window of the title held (R431-5; F-6)', () => {
  it('a card expiring in 20 days shows the deadline first: an alert before any title, and the window on the renewal card', () => {
    // A salarié card (préfecture: the last 2 months) expiring on 12 Dec 2026.
    const s: Situation = { ...BASE, currentTitle: 'multi-year-card', currentTitleGround: 'employee', currentTitleExpiry: '2026-12-12', timeOutsideFrance: 'under-6-months-a-year', employed: true };
    const ev = evaluate(s, { asOf: AS_OF });
    expect(ev.alerts[0]).toMatchObject({ id: 'title-renewal-due', deadline: '2026-12-12', daysLeft: 20, expiresOn: '2026-12-12' });
    expect(ev.heldTitle).toMatchObject({ state: 'open', closes: '2026-12-12', daysLeft: 20, anef: false, verify: true });
    const csp = ev.results.find((r) => r.id === 'ceseda-l433-4-salarie')!;
    expect(csp.deadlines[0]).toMatchObject({ id: 'renewal-window-opens', date: '2026-10-12' });
    expect(csp.deadlines[1]).toMatchObject({ id: 'renewal-window-closes', date: '2026-12-12' });
  });
  it('an ANEF title expiring in 20 days is past its window (120th to 60th day): the late alert names the end date', () => {
    const ev = evaluate({ ...CST_SPOUSE, currentTitleExpiry: '2026-12-12' }, { asOf: AS_OF });
    expect(ev.alerts[0]).toMatchObject({ id: 'title-renewal-late', deadline: '2026-12-12', daysLeft: 20 });
    expect(ev.heldTitle).toMatchObject({ state: 'late', opens: '2026-08-14', closes: '2026-10-13' });
  });
  it('an expired title raises its own alert; a title far from its end raises none', () => {
    expect(evaluate({ ...CST_SPOUSE, currentTitleExpiry: '2026-11-01' }, { asOf: AS_OF }).alerts[0]?.id).toBe('title-expired');
    expect(evaluate(CST_SPOUSE, { asOf: AS_OF }).alerts).toEqual([]);
  });
});

describe('the wizard asks the title held early and never asks entry questions of a holder', () => {
  /** Walks nextQuestions with scripted answers; unscripted facts get a neutral answer. */
  function walkQuestions(answers: Situation): string[] {
    let s: Situation = {};
    const asked: string[] = [];
    for (let i = 0; i < 200; i++) {
      const next = nextQuestions(s, { asOf: AS_OF })[0];
      if (!next) break;
      asked.push(next);
      const given = (answers as Record<string, unknown>)[next];
      s = { ...s, [next]: given !== undefined ? given : 'dont-know' } as Situation;
    }
    return asked;
  }
  const FIRST_FACTS = ['removalOrder', 'nationality', 'familyOfEuCitizen', 'birthDate', 'refusalPending'];
  it('a resident-card holder: the title right after who they are; no visa or entry question at any point', () => {
    const asked = walkQuestions({ ...CR_HOLDER, familyOfEuCitizen: false });
    const at = asked.indexOf('currentTitle');
    expect(at).toBeGreaterThan(-1);
    expect(asked.slice(0, at).every((f) => FIRST_FACTS.includes(f))).toBe(true);
    for (const f of ['entryVisa', 'entryDate', 'longStayVisaPurpose']) expect(asked).not.toContain(f);
    expect(asked).toContain('currentTitleExpiry');
  });
  it('a 1-year card holder: its ground and end date early, no entry question', () => {
    const asked = walkQuestions(CST_SPOUSE);
    expect(asked.indexOf('currentTitleGround')).toBeLessThan(asked.indexOf('maritalStatus'));
    for (const f of ['entryVisa', 'entryDate', 'longStayVisaPurpose']) expect(asked).not.toContain(f);
  });
  it('someone with no title is still asked how they entered (first issue, X1)', () => {
    expect(walkQuestions({ ...BASE, currentTitle: 'none', maritalStatus: 'married', partnerIsFrench: true, marriagePlace: 'abroad', marriageTranscribed: true, livingTogether: true })).toContain('entryVisa');
  });
});

describe('a history of titles as dated periods', () => {
  const history: Situation = {
    ...without(BASE, 'currentTitle'), maritalStatus: 'married', partnerIsFrench: true, marriagePlace: 'france', livingTogether: true,
    residencePeriods: [
      { from: '2021-09-01', to: '2022-08-31', kind: 'residence-title', title: 'vls-ts', ground: 'spouse-of-french' },
      { from: '2022-09-01', to: '2023-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' },
      { from: '2023-09-01', to: '2024-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'family-ties' },
      { from: '2024-09-01', to: '2025-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' },
      { from: '2025-09-01', to: '2026-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' },
      { from: '2026-09-01', to: '2027-08-31', kind: 'residence-title', title: 'cst-1-year', ground: 'spouse-of-french' },
    ],
  };
  it('gives the card held, its ground, its end date, the consecutive renewals with the same mention and the first card on the ground', () => {
    const ev = evaluate(history, { asOf: AS_OF });
    expect(ev.heldTitle).toMatchObject({ title: 'cst-1-year', ground: 'spouse-of-french', expiresOn: '2027-08-31' });
    // Four CST VPF in a row (family ties is the same "vie privée et familiale" mention) = 3 renewals: capped.
    expect(reasons(ev.results.find((r) => r.id === 'ceseda-l423-1')!)).toContain('renewal-cap-l433-1-1');
  });
  it('a gap breaks the run; an explicit answer wins over the history', () => {
    const gap = { ...history, residencePeriods: history.residencePeriods!.map((p, i) => (i === 3 ? { ...p, from: '2024-09-15' } : p)) };
    expect(result(gap, 'ceseda-l423-1').status).toBe('eligible');
    expect(result({ ...history, currentTitleRenewals: 0 }, 'ceseda-l423-1').status).toBe('eligible');
  });
});

describe('strings for the nodes, notes and alerts that only a holder of a title sees', () => {
  const holders: Situation[] = [
    CR_HOLDER, { ...CST_SPOUSE, currentTitleRenewals: 3 }, { ...CST_SPOUSE, currentTitleGround: 'student' }, JOINING, PARENT, TIES,
    { ...BASE, nationality: 'algerian', currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'employee' },
    { ...BASE, nationality: 'algerian', currentTitle: 'algerian-certificate-10-years' },
  ];
  const evs = holders.map((s) => evaluate(s, { asOf: AS_OF }));
  const nodes = new Set(evs.flatMap((ev) => ev.results.flatMap((r) => walk(r.conditions).map((n) => n.id))));
  const warnings = new Set(evs.flatMap((ev) => ev.results.flatMap((r) => r.warnings)));
  const notes = new Set(evs.flatMap((ev) => ev.results.flatMap((r) => r.verifyNotes)));
  for (const lang of LANGS) {
    it(`every one has its text in ${lang}`, () => {
      const dict = readLanguage(lang);
      const missing = [
        ...[...nodes].map((id) => `conditions.${id}`),
        ...[...warnings].map((id) => `warnings.${id}`),
        ...[...notes].filter((id) => !['channel', 'fee', 'check-extension'].includes(id)).map((id) => `verify.${id}`),
        ...['title-renewal-due', 'title-renewal-late', 'title-expired'].flatMap((id) => [`ui.alerts.${id}.title`, `ui.alerts.${id}.body`]),
        'ui.heldTitle.title', 'ui.heldTitle.window', 'ui.results.integrationPath.title', 'ui.results.integrationPath.whereFrench', 'ui.results.integrationPath.whereCivic',
        ...['french-a2', 'french-b1', 'civic-exam-csp', 'civic-exam-resident'].map((t) => `ui.results.integrationPath.tests.${t}`),
      ].filter((k) => !lookup(dict, k)?.trim());
      expect(missing).toEqual([]);
    });
  }
});

describe('documents of a renewal', () => {
  it('no entry document (visa, entry stamp) for the renewal of a card; the first issue keeps it', () => {
    expect(result({ ...CST_SPOUSE, currentTitleRenewals: 1 }, 'ceseda-l423-1').documents).not.toContain('long-stay-visa');
    const first = result({ ...BASE, currentTitle: 'none', maritalStatus: 'married', partnerIsFrench: true, marriagePlace: 'france', livingTogether: true, entryVisa: 'long-stay' }, 'ceseda-l423-1');
    expect(first.documents).toContain('long-stay-visa');
  });
});

/**
 * Review R (issue 12 item 3 × issue 13): the subsidiarity of L423-23 and AFA 6-5 reads the listed card as this person
 * would file it. A renewer is never asked the entry questions (X6), so reading the first-issue tree left the listed
 * card "unknown" and L423-23 / AFA 6-5 "possible" beside an eligible L423-1 / AFA 6-2 (scenarios README, subsidiarity).
 */
describe('subsidiarity for a renewer: the listed card is read without its entry conditions', () => {
  const RENEWER: Situation = { ...CST_SPOUSE, currentTitleRenewals: 1, frenchLevel: 'a2', civicExamPassed: true };
  it('a CST VPF spouse renewing (L423-1 eligible, no entry answer) gets L423-23 not-eligible, falls within L423-1', () => {
    expect(RENEWER.entryVisa).toBeUndefined();
    expect(result(RENEWER, 'ceseda-l423-1').status).toBe('eligible');
    const r = result(RENEWER, 'ceseda-l423-23');
    expect(r.status).toBe('not-eligible');
    expect(reasons(r)).toContain('not-within-listed-family-card');
  });
  it('the L433-1-1 cap is no condition of the category: the capped spouse still falls within L423-1', () => {
    const capped = { ...RENEWER, currentTitleRenewals: 3 };
    expect(reasons(result(capped, 'ceseda-l423-1'))).toContain('renewal-cap-l433-1-1');
    expect(reasons(result(capped, 'ceseda-l423-23'))).toContain('not-within-listed-family-card');
  });
  it('an unknown fact of the listed card still leaves L423-23 possible (an unknown never becomes a no)', () => {
    const r = result({ ...RENEWER, livingTogether: 'dont-know' }, 'ceseda-l423-23');
    expect(r.status).toBe('possible');
    expect(traceNode(r.conditions, 'not-within-listed-family-card')?.value).toBe('unknown');
  });
  it('a first-time applicant who has not answered the visa question keeps L423-23 unknown on the listed category', () => {
    const first: Situation = { ...RENEWER, currentTitle: 'none', currentTitleGround: undefined, currentTitleRenewals: undefined };
    const r = result(first, 'ceseda-l423-23');
    expect(traceNode(r.conditions, 'not-within-listed-family-card')?.value).toBe('unknown');
  });
  it('an Algerian renewing a 1-year certificat as spouse of a French national (6-2 eligible) gets AFA 6-5 not-eligible', () => {
    const dz: Situation = {
      ...BASE, nationality: 'algerian', birthDate: '1990-02-01', currentTitle: 'algerian-certificate-1-year', currentTitleGround: 'spouse-of-french',
      currentTitleExpiry: '2027-01-15', maritalStatus: 'married', partnerIsFrench: true, marriageDate: '2024-05-04', marriagePlace: 'abroad',
      marriageTranscribed: true, livingTogether: true,
    };
    expect(result(dz, 'afa-6-2').status).toBe('eligible');
    const r = result(dz, 'afa-6-5');
    expect(r.status).toBe('not-eligible');
    expect(reasons(r)).toContain('within-another-art-6-case');
  });
});

describe('the title held not known yet: an entry condition not met never closes a card that may be a renewal (X6)', () => {
  // Found by tests/properties.test.ts ("answering a missing fact never un-decides a card"): with the title held
  // unanswered, a spouse of a French national married in France who entered without a visa was ruled out on
  // lawful-entry (L423-2), then reopened when she answered "VLS-TS" (a renewal carries no entry condition, L433-1).
  const unasked: Situation = { ...BASE };
  delete unasked.currentTitle;
  const spouse: Situation = {
    ...unasked, maritalStatus: 'married', polygamy: false, partnerIsFrench: true, marriagePlace: 'france',
    livingTogether: true, lifeTogetherInFranceSince: '2024-01-01', entryVisa: 'no-visa',
  };

  it('unknown: the title held unanswered or "I don\'t know" leaves L423-2 possible, the first-card check named', () => {
    for (const s of [spouse, { ...spouse, currentTitle: 'dont-know' } as Situation]) {
      const r = result(s, 'ceseda-l423-2');
      expect(r.status).toBe('possible');
      expect(r.missing).toContain('currentTitle');
      expect(traceNode(r.conditions, 'entry-checked-at-first-card')?.value).toBe('unknown');
    }
  });

  it('answering the title held then decides it either way, never back and forth', () => {
    expect(reasons(result({ ...spouse, currentTitle: 'none' }, 'ceseda-l423-2'))).toContain('lawful-entry');
    expect(result({ ...spouse, currentTitle: 'vls-ts' }, 'ceseda-l423-2').status).toBe('possible');
    expect(result({ ...spouse, currentTitle: 'vls-ts', currentTitleGround: 'spouse-of-french' }, 'ceseda-l423-2').status).toBe('eligible');
  });

  it('met: a first-time applicant who answered "no title" and entered lawfully keeps the card file\'s own trace', () => {
    const r = result({ ...spouse, currentTitle: 'none', entryVisa: 'short-stay' }, 'ceseda-l423-2');
    expect(r.status).toBe('eligible');
    expect(nodeIds(r)).not.toContain('entry-checked-at-first-card');
  });
});
