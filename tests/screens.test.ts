/**
 * Issue 14: the wizard walks screens (nextScreen), not one fact a page. Each public scenario, answered from
 * its fixture ("I don't know" where the fixture is silent), reaches its results in a median of ≤ 12 screens
 * (at most 18), and loses no legal fact compared with the one-fact-a-page walk of nextQuestions.
 */
import { describe, expect, it } from 'vitest';
import {
  DONT_KNOW, FACTS, FACT_IDS, SCREENS, checklistAnswers, evaluate, nextQuestions, nextScreen,
  type FactId, type Situation,
} from '../rules';
import { checklistReady, specFacts } from '../rules/screens';
import { scenarioFixture } from './helpers/scenario';
import { readLanguage } from '../locales';
import { LANGS } from '../locales/languages';
import { legalDifferences, walkFacts, walkScreens } from './helpers/walks';
import { result } from './helpers/card-cases';

const AS_OF = '2026-11-22';
const IDS = Array.from({ length: 18 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe('the screen registry', () => {
  it('a fact sits on at most one screen; ids never collide with a fact', () => {
    const seen = new Set<FactId>();
    for (const sc of SCREENS) {
      expect(FACT_IDS as readonly string[]).not.toContain(sc.id);
      for (const f of specFacts(sc)) {
        expect(FACT_IDS, `${sc.id}: ${f} is not a fact`).toContain(f);
        expect(seen.has(f), `${f} is on two screens`).toBe(false);
        seen.add(f);
      }
      // Three shown at once at most (checked on every page of the walks below); a group may hold a fourth.
      if (sc.kind === 'fields') expect(sc.fields.length).toBeLessThanOrEqual(4);
    }
  });

  it('every screen of several facts has a title in every language (the page\'s h1)', () => {
    for (const lang of LANGS) {
      const strings = readLanguage(lang) as { screens?: Record<string, { title?: string }> };
      for (const sc of SCREENS) expect(strings.screens?.[sc.id]?.title, `${lang} screens.${sc.id}.title`).toBeTruthy();
    }
  });

  it('a checklist holds only yes/no facts and choices whose "no" is "none"', () => {
    for (const sc of SCREENS) if (sc.kind === 'checklist') for (const f of sc.items) expect(checklistReady(f), `${sc.id}: ${f}`).toBe(true);
  });
});

describe('nextScreen', () => {
  it('asks the red flags first, then who you are, then "which of these describe you"', () => {
    const s: Record<string, unknown> = {};
    const first = nextScreen(s as Situation, { asOf: AS_OF })!;
    expect(first.facts).toEqual(['removalOrder', 'refusalPending']);
    Object.assign(s, { removalOrder: 'none', refusalPending: false });
    expect(nextScreen(s as Situation, { asOf: AS_OF })!.facts).toEqual(['nationality', 'familyOfEuCitizen', 'birthDate']);
    Object.assign(s, { nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-01-01' });
    const third = nextScreen(s as Situation, { asOf: AS_OF })!;
    expect(third.kind).toBe('checklist');
    expect(third.facts).toEqual(expect.arrayContaining(['hasFrenchMinorChild', 'ownSeriousIllness', 'employed', 'protectionStatus']));
  });

  it('a removal order brings its date and the place the person is, next', () => {
    const s = { removalOrder: 'oqtf', refusalPending: false } as Situation;
    expect(nextScreen(s, { asOf: AS_OF })!.facts).toEqual(['removalOrderNotifiedOn', 'detention']);
  });

  it('a follow-up is shown only with the answer that calls for it (showIf), never on its own', () => {
    const s = { removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false, birthDate: '1990-01-01' } as Situation;
    const screens = [];
    let cur: Record<string, unknown> = { ...s };
    for (let i = 0; i < 10; i++) {
      const sc = nextScreen(cur as Situation, { asOf: AS_OF })!;
      screens.push(sc);
      if (sc.facts.includes('maritalStatus')) break;
      cur = { ...cur, ...Object.fromEntries(sc.facts.map((f) => [f, sc.kind === 'checklist' ? (FACTS[f].input.kind === 'yes-no' ? false : 'none') : FACTS[f].dontKnow ? DONT_KNOW : FACTS[f].input.kind === 'choice' ? 'none' : false])) };
    }
    const couple = screens.at(-1)!;
    expect(couple.facts).toEqual(['maritalStatus', 'partnerIsFrench', 'marriagePlace']);
    expect(couple.showIf.partnerIsFrench).toEqual({ fact: 'maritalStatus', is: ['married', 'pacs', 'cohabiting'] });
    expect(couple.showIf.marriagePlace).toEqual({ fact: 'maritalStatus', is: ['married'] });
    // Single: the couple's questions are never asked.
    const single = nextScreen({ ...cur, maritalStatus: 'single' } as Situation, { asOf: AS_OF });
    expect(single?.facts ?? []).not.toContain('partnerIsFrench');
  });

  it('after "I don\'t know", no follow-up that presumes a "yes"', () => {
    // 18 years old: "entrusted to child welfare?" — "I don't know" must not lead to "on which date were you entrusted?".
    const base = { removalOrder: 'none', refusalPending: false, nationality: 'other', familyOfEuCitizen: false, birthDate: '2008-03-01' } as Situation;
    expect(nextQuestions(base, { asOf: AS_OF })).toContain('placedWithChildWelfare');
    expect(nextQuestions({ ...base, placedWithChildWelfare: DONT_KNOW }, { asOf: AS_OF })).not.toContain('childWelfarePlacementDate');
    expect(nextQuestions({ ...base, placedWithChildWelfare: true }, { asOf: AS_OF })).toContain('childWelfarePlacementDate');
    // The card stays open (unknown, never "no").
    const r = result('ceseda-l423-22', { ...base, placedWithChildWelfare: DONT_KNOW }, AS_OF);
    expect(r.status).toBe('possible');
    // No screen shows it either.
    let s: Record<string, unknown> = { ...base, placedWithChildWelfare: DONT_KNOW };
    for (let i = 0; i < 40; i++) {
      const sc = nextScreen(s as Situation, { asOf: AS_OF });
      if (!sc) break;
      expect(sc.facts).not.toContain('childWelfarePlacementDate');
      s = { ...s, ...Object.fromEntries(sc.facts.map((f) => [f, FACTS[f].dontKnow ? DONT_KNOW : FACTS[f].input.kind === 'choice' ? (FACTS[f].input as { options: readonly string[] }).options.at(-1) : false])) };
    }
  });

  it('a checklist answers every fact in it: ticked yes, unticked no or "none", "I don\'t know" for all', () => {
    const items: FactId[] = ['workAccidentPension20', 'frenchArmyService', 'protectionOrder'];
    expect(checklistAnswers(items, { ticked: ['frenchArmyService'], choices: { frenchArmyService: 'combat-unit' } })).toEqual({
      workAccidentPension20: false, frenchArmyService: 'combat-unit', protectionOrder: false,
    });
    expect(checklistAnswers(items, { ticked: [] })).toEqual({ workAccidentPension20: false, frenchArmyService: 'none', protectionOrder: false });
    expect(checklistAnswers(items, DONT_KNOW)).toEqual({ workAccidentPension20: DONT_KNOW, frenchArmyService: DONT_KNOW, protectionOrder: DONT_KNOW });
  });
});

describe('screens to results, public scenarios (issue 14 target: median ≤ 12, max ≤ 18)', () => {
  const walks = IDS.map((id) => {
    const full = scenarioFixture(id) as Record<string, unknown>;
    return { id, full, facts: walkFacts(full, AS_OF), screens: walkScreens(full, AS_OF) };
  });

  it('median ≤ 12 and maximum ≤ 18 screens; each scenario needs fewer screens than one fact a page', () => {
    const counts = walks.map((w) => w.screens.pages.length);
    expect(median(counts)).toBeLessThanOrEqual(12);
    expect(Math.max(...counts)).toBeLessThanOrEqual(18);
    for (const w of walks) expect(w.screens.pages.length, w.id).toBeLessThan(w.facts.pages.length);
  });

  it('no page of the walk asks a fact twice, and a fields page shows at most 3 facts', () => {
    for (const w of walks) {
      const asked = w.screens.pages.flatMap((p) => p.facts);
      expect(new Set(asked).size, w.id).toBe(asked.length);
      for (const p of w.screens.pages) if (p.kind === 'fields') expect(p.facts.length).toBeLessThanOrEqual(3);
    }
  });

  for (const id of IDS) {
    it(`${id}: the screen walk reaches the legal results of the one-fact-a-page walk`, () => {
      const w = walks.find((x) => x.id === id)!;
      expect(legalDifferences(w.full, w.facts.situation, w.screens.situation, AS_OF, w.screens.unticked)).toEqual([]);
      const byFacts = evaluate(w.facts.situation, { asOf: AS_OF }).results;
      const byScreens = evaluate(w.screens.situation, { asOf: AS_OF }).results;
      // The titles the results lead with are the same.
      const lead = (rs: typeof byFacts) => rs.filter((r) => r.status === 'eligible').map((r) => r.id);
      expect(lead(byScreens)).toEqual(lead(byFacts));
    });
  }
});

describe('nextScreen on any situation', () => {
  it('never crashes, never shows an answered fact, and a fields page holds at most 3 facts', async () => {
    const fc = (await import('fast-check')).default;
    const { situationArb } = await import('./helpers/arbitraries');
    fc.assert(
      fc.property(situationArb, (s) => {
        const sc = nextScreen(s, { asOf: AS_OF });
        if (!sc) return true;
        expect(sc.facts.length).toBeGreaterThan(0);
        for (const f of sc.facts) expect(s[f], f).toBeUndefined();
        if (sc.kind === 'fields') expect(sc.facts.length).toBeLessThanOrEqual(3);
        // The page's facts are among those the rules still need.
        const wanted = new Set(nextQuestions(s, { asOf: AS_OF }));
        expect(sc.facts.some((f) => wanted.has(f))).toBe(true);
        return true;
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});

describe('indicator questions (what the préfet weighs) follow the same rule', () => {
  it('no "when was the OQTF notified?" before the OQTF question is answered yes, nor after "I don\'t know"', async () => {
    const { indicatorQuestions } = await import('../rules/indicators');
    expect(indicatorQuestions({} as Situation, AS_OF)).toContain('removalOrder');
    expect(indicatorQuestions({} as Situation, AS_OF)).not.toContain('removalOrderNotifiedOn');
    expect(indicatorQuestions({ removalOrder: DONT_KNOW } as Situation, AS_OF)).not.toContain('removalOrderNotifiedOn');
    expect(indicatorQuestions({ removalOrder: 'oqtf' } as Situation, AS_OF)).toContain('removalOrderNotifiedOn');
    // Not working: the job offer is asked; "I don't know" whether working: it is not.
    expect(indicatorQuestions({ employed: false } as Situation, AS_OF)).toContain('signedJobOffer');
  });
});
