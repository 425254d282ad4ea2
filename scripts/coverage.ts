/**
 * Card coverage by tests: which test cases mention each card, by its id or by one of its
 * legalBasis strings. Used by `npm run coverage-table` (scripts/coverage-table.ts) and by
 * tests/coverage.test.ts, so the table and the check cannot disagree.
 *
 * How a mention is counted:
 * - a mention is the card id (`ceseda-l423-1`) or a legalBasis string (`CESEDA L423-1`) as a
 *   whole token: `ceseda-l423-1` does not match `ceseda-l423-10` nor `ceseda-l422-1-multi-year`;
 * - a legalBasis string that several cards share (`AFT 3` for aft-3-salarie and aft-3-resident,
 *   `CESEDA L433-4`) does not say which card a test is about, so only the ids count for those;
 * - a test file is cut into test cases at each `it(` / `test(` line (with `.each`, `.skip`…);
 *   a case counts once if its text mentions the card;
 * - a file that mentions the card only outside its test cases (a table at the top that the
 *   cases loop over) counts as one test.
 *
 * Pure apart from readTestFiles(), which reads tests/ from disk.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CoveredCard {
  id: string;
  legalBasis: readonly string[];
  kind: string;
}

export interface TestFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface CardCoverage {
  id: string;
  legalBasis: readonly string[];
  kind: string;
  /** Test cases mentioning the card (see the counting rule above). */
  tests: number;
  /** Files with at least one mention, sorted. */
  files: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-token matcher for one needle: no letter, digit, '_' or '-' right before or after. */
export function tokenPattern(needle: string): RegExp {
  return new RegExp(`(?<![\\w-])${escapeRegExp(needle)}(?![\\w-])`);
}

/** The needles that stand for a card: its id and every legalBasis string no other card of `all` lists. */
export function needlesOf(card: CoveredCard, all: readonly CoveredCard[] = [card]): string[] {
  const shared = (basis: string) => all.some((other) => other.id !== card.id && other.legalBasis.includes(basis));
  return [card.id, ...card.legalBasis.filter((b) => !shared(b))];
}

const TEST_START = /^\s*(?:it|test)(?:\.\w+)*(?:\([^)]*\))?\s*\(/;

/** Cuts a file into its file-level text and its test cases (by line, from one `it(` to the next). */
export function splitTests(text: string): { outside: string; cases: string[] } {
  const lines = text.split('\n');
  const outside: string[] = [];
  const cases: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (TEST_START.test(line)) {
      if (current) cases.push(current.join('\n'));
      current = [line];
    } else if (/^\s*describe(?:\.\w+)*\s*\(/.test(line) || /^\S/.test(line)) {
      // A new describe or a top-level statement ends the current case.
      if (current) cases.push(current.join('\n'));
      current = undefined;
      outside.push(line);
    } else if (current) current.push(line);
    else outside.push(line);
  }
  if (current) cases.push(current.join('\n'));
  return { outside: outside.join('\n'), cases };
}

export function coverageOf(cards: readonly CoveredCard[], files: readonly TestFile[]): CardCoverage[] {
  const split = files.map((f) => ({ path: f.path, text: f.text, ...splitTests(f.text) }));
  return cards.map((card) => {
    const patterns = needlesOf(card, cards).map(tokenPattern);
    const mentions = (s: string) => patterns.some((p) => p.test(s));
    let tests = 0;
    const hit = new Set<string>();
    for (const f of split) {
      if (!mentions(f.text)) continue;
      hit.add(f.path);
      const inCases = f.cases.filter(mentions).length;
      tests += inCases > 0 ? inCases : 1;
    }
    return { id: card.id, legalBasis: card.legalBasis, kind: card.kind, tests, files: [...hit].sort() };
  });
}

/** Cards no test mentions. */
export const untested = (rows: readonly CardCoverage[]) => rows.filter((r) => r.tests === 0);

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The Markdown table printed by `npm run coverage-table`. */
export function coverageTable(rows: readonly CardCoverage[]): string {
  const out = [
    '| Card | Legal basis | Kind | Tests | Test files |',
    '|---|---|---|---:|---|',
    ...rows.map((r) => `| \`${cell(r.id)}\` | ${cell(r.legalBasis.join(', '))} | ${r.kind} | ${r.tests} | ${r.files.map((f) => cell(f)).join('<br>') || '—'} |`),
  ];
  const missing = untested(rows);
  out.push('', `${rows.length} cards, ${rows.length - missing.length} with a test, ${missing.length} without${missing.length ? `: ${missing.map((r) => r.id).join(', ')}` : ''}.`);
  return out.join('\n');
}

/** Every tests/**\/*.test.ts under `root`, except the paths in `exclude` (relative, forward slashes). */
export function readTestFiles(root: string = process.cwd(), exclude: readonly string[] = ['tests/coverage.test.ts']): TestFile[] {
  const out: TestFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (entry.name.endsWith('.test.ts')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (!exclude.includes(rel)) out.push({ path: rel, text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  const testsDir = path.join(root, 'tests');
  if (fs.existsSync(testsDir)) walk(testsDir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
