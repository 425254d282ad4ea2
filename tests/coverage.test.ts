/**
 * Every card of the catalogue is mentioned by at least one test (by its id or a legalBasis
 * string). The same scan prints `npm run coverage-table` (scripts/coverage.ts).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../rules';
import { coverageOf, coverageTable, readTestFiles, splitTests, tokenPattern, untested } from '../scripts/coverage';

describe('card coverage by tests', () => {
  it('finds the test files', () => {
    const files = readTestFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.path.startsWith('tests/') && f.path.endsWith('.test.ts'))).toBe(true);
    expect(files.map((f) => f.path)).not.toContain('tests/coverage.test.ts');
  });

  it('has a test mentioning every card', () => {
    const rows = coverageOf(CATALOGUE, readTestFiles());
    expect(rows).toHaveLength(CATALOGUE.length);
    expect(untested(rows).map((r) => `${r.id} (${r.legalBasis.join(', ')})`), 'cards with no test').toEqual([]);
  });
});

describe('the scanner', () => {
  const card = { id: 'x-l1-1', legalBasis: ['CODE L1-1', 'CODE L1-2'], kind: 'plein-droit' };

  it('matches whole tokens only', () => {
    const p = tokenPattern('x-l1-1');
    expect(p.test("cardById('x-l1-1')")).toBe(true);
    expect(p.test("'x-l1-10'")).toBe(false);
    expect(p.test("'x-l1-1-multi-year'")).toBe(false);
    expect(p.test("'ax-l1-1'")).toBe(false);
    expect(tokenPattern('CODE L1-1').test("['CODE L1-1']")).toBe(true);
    expect(tokenPattern('CODE L1-1').test("['CODE L1-1-1']")).toBe(false);
  });

  it('cuts a file into test cases', () => {
    const text = ["const A = 1;", "describe('d', () => {", "  it('a', () => {", "    x;", "  });", "  it.each([1])('b', () => {});", "  test('c', () => {", "  });", "});"].join('\n');
    const { cases, outside } = splitTests(text);
    expect(cases).toHaveLength(3);
    expect(outside).toContain('const A = 1;');
  });

  it('counts test cases, one per file for a file-level mention, and lists the files', () => {
    const files = [
      { path: 'tests/a.test.ts', text: ["describe('d', () => {", "  it('one', () => { f('x-l1-1'); });", "  it('two', () => { f(['CODE L1-2']); });", "  it('three', () => { g(); });", "});"].join('\n') },
      { path: 'tests/b.test.ts', text: ["const IDS = ['x-l1-1'];", "for (const id of IDS) it(id, () => f(id));"].join('\n') },
      { path: 'tests/c.test.ts', text: "it('other', () => f('x-l1-10'));" },
    ];
    const [row] = coverageOf([card], files);
    expect(row).toMatchObject({ id: 'x-l1-1', tests: 3, files: ['tests/a.test.ts', 'tests/b.test.ts'] });
  });

  it('prints a Markdown table and names the cards without a test', () => {
    const rows = coverageOf([card, { id: 'y-2', legalBasis: ['CODE L9-9'], kind: 'discretionary' }], [{ path: 'tests/a.test.ts', text: "it('a', () => f('x-l1-1'));" }]);
    const table = coverageTable(rows);
    expect(table).toContain('| `x-l1-1` | CODE L1-1, CODE L1-2 | plein-droit | 1 | tests/a.test.ts |');
    expect(table).toContain('| `y-2` | CODE L9-9 | discretionary | 0 | — |');
    expect(table).toContain('1 without: y-2');
  });
});

describe('shared legal bases', () => {
  it('count only through the card ids', () => {
    const a = { id: 'x-3-a', legalBasis: ['ACC 3'], kind: 'plein-droit' };
    const b = { id: 'x-3-b', legalBasis: ['ACC 3', 'ACC 4'], kind: 'discretionary' };
    const rows = coverageOf([a, b], [{ path: 'tests/a.test.ts', text: "it('a', () => f(['ACC 3'], 'x-3-a'));" }, { path: 'tests/b.test.ts', text: "it('b', () => f(['ACC 3']));" }]);
    expect(rows.map((r) => [r.id, r.tests, r.files])).toEqual([['x-3-a', 1, ['tests/a.test.ts']], ['x-3-b', 0, []]]);
  });
});
