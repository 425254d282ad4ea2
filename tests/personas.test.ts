/**
 * One persona file per public scenario (issue 16): tests/fixtures/scenarios/<id>.json holds the answers, the date and
 * the expected results, and nothing else writes them. Read by tests/scenarios/, the Playwright journeys
 * (e2e/scenarios.ts, e2e/print-scenarios.ts, e2e/walk.ts) and the CLI.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FACT_IDS, evaluate, parseSituation } from '../rules';
import { resultsView } from '../rules/results';
import { PERSONAS, PERSONA_DIR, PERSONA_IDS, persona } from './helpers/personas';
import { walkScreens } from './helpers/walks';

const ROOT = join(__dirname, '..');
const md = readFileSync(join(ROOT, '..', 'shared', 'scenarios', 'public.md'), 'utf8');

describe('persona files', () => {
  it('one file per public scenario of public.md, P01–P18, each with its title', () => {
    const inText = [...md.matchAll(/^## (P\d\d) — (.+)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(PERSONA_IDS).toEqual(inText.map(([id]) => id));
    for (const [id, title] of inText) expect(persona(id).title, id).toBe(title);
  });

  it('each is evaluated on the date its scenario gives ("Evaluate on"), and its answers fit the schema on that date', () => {
    for (const p of PERSONAS) {
      const block = md.slice(md.indexOf(`## ${p.id} — `)).split(/\n## P\d\d — /)[0]!;
      const dates = [...block.matchAll(/Evaluate on: (\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]);
      expect(dates[0], p.id).toBe(p.asOf);
      expect((p.variants ?? []).map((v) => v.asOf), `${p.id} variants`).toEqual(dates.slice(1));
      const parsed = parseSituation(p.situation, { asOf: p.asOf });
      expect(parsed.ok ? [] : parsed.problems, p.id).toEqual([]);
    }
  });

  it('the wizard walked with the persona\'s answers ("I don\'t know" where it is silent) shows the journey\'s card in its group', () => {
    // The vitest model of e2e/walk.ts: the Playwright journeys assert the same card and group on the page.
    const groupOf = { 'g-eligible': 'met', 'g-if-confirmed': 'confirm', 'g-discretionary': 'caseByCase' } as const;
    const journeys = PERSONAS.filter((p) => p.wizard);
    expect(journeys.map((p) => p.id)).toEqual(['P01', 'P02', 'P04', 'P06']);
    for (const p of journeys) {
      const { situation } = walkScreens(p.situation as Record<string, unknown>, p.asOf);
      const view = resultsView(evaluate(situation, { asOf: p.asOf }), situation);
      const group = view[groupOf[p.wizard!.group]] as ({ id: string } | { result: { id: string } })[];
      expect(group.map((x) => ('result' in x ? x.result.id : x.id)), p.id).toContain(p.wizard!.card);
    }
  });
});

/** Every source file a persona could be copied into (the persona files themselves excepted). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || path === PERSONA_DIR) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

type Pair = [key: string, value: string | number | boolean];
const FACTS = new Set<string>(FACT_IDS);

/** Each object literal of a file, as its fact-id keys with a literal value. */
function literals(where: string, text: string): { line: number; keys: string[]; pairs: Pair[] }[] {
  const src = ts.createSourceFile(where, text, ts.ScriptTarget.Latest, true);
  const out: { line: number; keys: string[]; pairs: Pair[] }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys: string[] = [];
      const pairs: Pair[] = [];
      for (const prop of node.properties) {
        if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
        const key = prop.name.text;
        if (!FACTS.has(key)) continue;
        keys.push(key);
        const v = prop.initializer;
        if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) pairs.push([key, v.text]);
        else if (ts.isNumericLiteral(v)) pairs.push([key, Number(v.text)]);
        else if (v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword) pairs.push([key, v.kind === ts.SyntaxKind.TrueKeyword]);
      }
      if (keys.length) out.push({ line: src.getLineAndCharacterOfPosition(node.getStart()).line + 1, keys, pairs });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** A value only this person gave: a date, a postcode, a count other than 0. */
const distinctive = ([, v]: Pair) => (typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{5}$/.test(v)) || (typeof v === 'number' && v !== 0);
/** How many different values of the person's own a literal repeats (a date given twice counts once). */
const own = (pairs: Pair[]) => new Set(pairs.filter(distinctive).map(([, v]) => v)).size;

/**
 * Where a persona's answers are written outside its file, in sources given as [path from the root, text]: a literal
 * repeating six of its answers, three of them its own dates, postcode or numbers; in e2e/, any literal of eight answers
 * or more. (A unit test's own person that shares a date or two with a scenario is not a copy.)
 */
function copiesOfPersonas(files: [where: string, text: string][]): string[] {
  const found: string[] = [];
  for (const [where, text] of files) {
    for (const lit of literals(where, text)) {
      // The journeys take every answer from the persona files: no Situation literal at all in e2e/.
      if (where.startsWith('e2e/') && lit.keys.length >= 8) found.push(`${where}:${lit.line}: a literal of ${lit.keys.length} answers`);
      for (const p of PERSONAS) {
        const s = p.situation as Record<string, unknown>;
        const same = lit.pairs.filter(([k, v]) => s[k] === v);
        if (same.length >= 6 && own(same) >= 3) found.push(`${where}:${lit.line}: ${same.length} answers of ${p.id}`);
      }
    }
  }
  return found;
}

describe('a persona is written once', () => {
  it('no source file outside the persona files repeats a persona\'s answers (e2e/ has no Situation literal)', () => {
    const files = ['e2e', 'tests', 'scripts', 'rules', 'app', 'components', 'filing'].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(100);
    expect(copiesOfPersonas(files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]))).toEqual([]);
  });

  it('the check finds a copy: an answer table in e2e/ (even with other dates), six answers of P02 with three of its own values anywhere', () => {
    // What e2e/scenarios.ts held before the persona files: P02 again, with other dates.
    const oldTable = `export const P02 = { nationality: 'other', familyOfEuCitizen: false, birthDate: '1992-06-01', entryDate: '2019-08-01',
      entryVisa: 'no-visa', currentTitle: 'none', habitualResidenceSince: '2019-08-01', maritalStatus: 'single', hasFrenchMinorChild: true };`;
    expect(copiesOfPersonas([['e2e/scenarios.ts', oldTable]])).toEqual(['e2e/scenarios.ts:1: a literal of 9 answers']);
    const s = persona('P02').situation as Record<string, unknown>;
    const six = Object.fromEntries(['birthDate', 'entryDate', 'frenchChildBirthDate', 'postcode', 'nationality', 'maritalStatus'].map((k) => [k, s[k]]));
    expect(copiesOfPersonas([['tests/some.test.ts', `const p = ${JSON.stringify(six)};`]])).toEqual(['tests/some.test.ts:1: 6 answers of P02']);
    // Five answers, or six with only two of the person's own values, are a coincidence, not a copy.
    const five = { ...six, postcode: undefined };
    expect(copiesOfPersonas([['tests/some.test.ts', `const p = ${JSON.stringify(five)};`]])).toEqual([]);
    const twoOwn = { ...five, frenchChildBirthDate: undefined, currentTitle: s.currentTitle, entryVisa: s.entryVisa };
    expect(copiesOfPersonas([['tests/some.test.ts', `const p = ${JSON.stringify(twoOwn)};`]])).toEqual([]);
  });
});
