/**
 * The two walks of issue 14, as a person answering from a public scenario's fixture would do them
 * ("I don't know" where the fixture is silent): one fact a page (`nextQuestions`, what the CLI lists) and
 * the wizard's screens (`nextScreen`). Used by tests/screens.test.ts and `npm run bench`.
 */
import { DONT_KNOW, FACTS, evaluate, nextQuestions, nextScreen, checklistAnswers, type FactId, type Screen, type Situation } from '../../rules';

export type Answers = Partial<Record<FactId, unknown>>;
const ANY = (f: FactId, full: Answers) => (full[f] !== undefined ? full[f] : DONT_KNOW);

/** One fact a page, always the first of nextQuestions. */
export function walkFacts(full: Answers, asOf: string): { situation: Situation; pages: FactId[] } {
  const s: Answers = {};
  const pages: FactId[] = [];
  for (let i = 0; i < 200; i++) {
    const [next] = nextQuestions(s as Situation, { asOf });
    if (!next) return { situation: s as Situation, pages };
    pages.push(next);
    s[next] = ANY(next, full);
  }
  throw new Error('the one-fact walk did not end');
}

/** How a person answers one screen from the fixture (exported for the e2e walk's answer table too). */
export function answerScreen(screen: Screen, full: Answers, s: Answers): Answers {
  if (screen.kind === 'checklist') {
    const positive = (v: unknown) => v === true || (typeof v === 'string' && v !== 'none' && v !== DONT_KNOW);
    const silent = (v: unknown) => v === undefined || v === DONT_KNOW;
    // Nothing ticked and the fixture silent on every box: the person says "I don't know" (where offered).
    if (screen.facts.every((f) => FACTS[f].dontKnow) && !screen.facts.some((f) => positive(full[f])) && screen.facts.every((f) => silent(full[f])))
      return checklistAnswers(screen.facts, DONT_KNOW);
    const ticked = screen.facts.filter((f) => positive(full[f]));
    const choices = Object.fromEntries(ticked.filter((f) => FACTS[f].input.kind === 'choice').map((f) => [f, full[f] as string]));
    return checklistAnswers(screen.facts, { ticked, choices });
  }
  const out: Answers = {};
  for (const f of screen.facts) {
    const cond = screen.showIf[f];
    if (cond) {
      const v = out[cond.fact] ?? s[cond.fact];
      if (!cond.is.includes(v as string | boolean)) continue;
    }
    out[f] = ANY(f, full);
  }
  return out;
}

/**
 * The wizard's walk: one screen a page. `unticked`: the boxes of a checklist left unticked for situations the
 * fixture never mentions (a checklist answers every box: the person reads "not me").
 */
export function walkScreens(full: Answers, asOf: string): { situation: Situation; pages: Screen[]; unticked: Answers } {
  const s: Answers = {};
  const pages: Screen[] = [];
  const unticked: Answers = {};
  for (let i = 0; i < 200; i++) {
    const screen = nextScreen(s as Situation, { asOf });
    if (!screen) return { situation: s as Situation, pages, unticked };
    pages.push(screen);
    const answers = answerScreen(screen, full, s);
    if (screen.kind === 'checklist') for (const f of screen.facts) if (full[f] === undefined && answers[f] !== DONT_KNOW) unticked[f] = answers[f];
    Object.assign(s, answers);
  }
  throw new Error('the screen walk did not end');
}

/**
 * A person who answers "I don't know" wherever the wizard offers it; where it does not (who you are,
 * "which of these describe you"), a plain answer: another nationality, single, none of these.
 */
const PLAIN: Answers = {
  detention: 'free', nationality: 'other', familyOfEuCitizen: false, euRelationship: 'other-dependent-relative', birthDate: '1990-01-01',
  maritalStatus: 'single', marriagePlace: 'france', hasFrenchMinorChild: false, bornInFrance: false, ownSeriousIllness: false,
  hasSickChild: false, employed: false, activity: 'none', annualGrossPay: 0, monthlyResources: 0,
};
export const ALL_UNKNOWN: Answers = Object.fromEntries(
  (Object.keys(FACTS) as FactId[]).map((f) => [f, FACTS[f].dontKnow ? DONT_KNOW : PLAIN[f]]),
);

/**
 * Where the screen walk's legal results differ from the one-fact walk's. Allowed: a card the one-fact walk
 * left open that the screen walk settled the way the fixture settles it — a page of fields asks a card's later
 * conditions beside the one nextQuestions asks first, and a checklist box the fixture never mentions is left
 * unticked ("not me", `unticked`) where the one-fact page got "I don't know". Anything else is a loss.
 */
export function legalDifferences(full: Answers, byFacts: Situation, byScreens: Situation, asOf: string, unticked: Answers = {}): string[] {
  const a = evaluate(byFacts, { asOf }).results;
  const b = evaluate(byScreens, { asOf }).results;
  const c = evaluate({ ...full, ...unticked } as Situation, { asOf }).results;
  const out: string[] = [];
  for (const [i, r] of a.entries()) {
    const s = b[i]!;
    if (s.status === r.status) continue;
    if (r.status === 'possible' && s.status === c[i]!.status) continue;
    out.push(`${r.id}: ${r.status} one fact a page, ${s.status} by screens`);
  }
  return out;
}
