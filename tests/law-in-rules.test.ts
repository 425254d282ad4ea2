/**
 * Issue 16, "Legal rules live in rules/": filing/, components/, app/ (and wizard/) read results; they never match
 * legal-basis strings, cite an article of their own or decide on a card id. Every article, time limit and
 * legal-basis pattern is in rules/ (remedies.ts, commission.ts, the cards' declared fields), and the remedy
 * strings of the locales only interpolate the values from rules/remedies.ts.
 *
 * Code is read with the TypeScript parser: string literals, template parts, JSX text and regular expressions
 * count; comments (which should cite their article) do not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, type Situation } from '../rules';
import { commissionCase } from '../rules/commission';
import { REMEDY_VALUES } from '../rules/remedies';
import { LANGS, readLanguage } from '../locales';
import { result as cardResult } from './helpers/card-cases';

const ROOT = join(__dirname, '..');
const SCANNED = ['filing', 'components', 'app', 'wizard'];

/**
 * A legal basis or an article number: `CESEDA L423-1`, `AFA 7bis`, `CJA R421-1`, `L731-1`. The name of a code alone
 * ("… du CESEDA" in a letter's prose) is no legal basis; an article written in a letter reads the register.
 */
const LEGAL_TEXT = /\b(?:CESEDA|CJA|CRPA|AF[ATM])\s+[LRD]?\s?\d|\b[LRD] ?\d{3,4}-\d+/;
/** A regular expression over legal bases or card ids. */
const LEGAL_REGEX = /CESEDA|AF[ATM[]|\[LR\]|\b[LR]4|\b[LR]\\d|ceseda|af[atm]\b|\baf\[/;
const CARD_IDS: ReadonlySet<string> = new Set(CATALOGUE.map((c) => c.id));
/** A card id or a prefix of card ids (`'afa-'`): a page deciding on a card. */
const isCardId = (s: string) => CARD_IDS.has(s) || /^(?:ceseda|afa|aft|afm)-/.test(s);

export interface Finding {
  line: number;
  text: string;
  why: 'legal-text' | 'legal-regex' | 'card-id';
}

/** The legal-basis strings, patterns and card ids a piece of code uses outside comments. */
export function findLegalLogic(fileName: string, code: string): Finding[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Finding[] = [];
  const add = (node: ts.Node, text: string, why: Finding['why']) =>
    out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.slice(0, 80), why });
  const visit = (node: ts.Node) => {
    // Module paths are no legal text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (LEGAL_TEXT.test(node.text)) add(node, node.text, 'legal-text');
      else if (isCardId(node.text)) add(node, node.text, 'card-id');
    } else if (ts.isJsxText(node)) {
      if (LEGAL_TEXT.test(node.text)) add(node, node.text.trim(), 'legal-text');
    } else if (ts.isRegularExpressionLiteral(node)) {
      if (LEGAL_REGEX.test(node.text)) add(node, node.text, 'legal-regex');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : codeFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('the detector', () => {
  it('finds a legal basis compared, matched by a regex or cited in a string, and a card-id prefix', () => {
    const found = findLegalLogic('x.ts', [
      "const a = { months: 4, ref: 'CESEDA R432-2' };",
      'const b = bases.some((x) => /^CESEDA L42(3-\\d+|5-9)$/.test(x));',
      "const c = r.legalBasis.includes('AFA 7ter');",
      "const d = r.id.startsWith('afa-');",
      "const e = r.id === 'ceseda-l435-1';",
      "const f = `(article L521-3 du code de justice administrative)`;",
      "const g = `L’article ${art(FILING_RULES.onlineListAndAlternative)} du CESEDA`;",
    ].join('\n'));
    expect(found.map((f) => [f.line, f.why])).toEqual([
      [1, 'legal-text'], [2, 'legal-regex'], [3, 'legal-text'], [4, 'card-id'], [5, 'card-id'], [6, 'legal-text'],
    ]);
  });
  it('lets comments cite their article, and reads JSX text', () => {
    expect(findLegalLogic('x.ts', '// F-8: 4 months (CESEDA R432-2)\n/* L432-13 */\nconst n = 4;')).toEqual([]);
    expect(findLegalLogic('x.tsx', 'const p = <p>(CESEDA L731-1)</p>;').map((f) => f.why)).toEqual(['legal-text']);
    expect(findLegalLogic('x.tsx', "const p = <p>{'/fr/results/'}</p>;")).toEqual([]);
  });
});

describe('no legal-basis string or pattern outside rules/', () => {
  const files = SCANNED.flatMap((d) => codeFiles(join(ROOT, d)));
  it('scans the page and filing code', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(SCANNED.filter((d) => existsSync(join(ROOT, d))))('%s/ reads its law from rules/', (dir) => {
    const findings = files
      .filter((f) => relative(ROOT, f).startsWith(`${dir}/`))
      .flatMap((f) => findLegalLogic(f, readFileSync(f, 'utf8')).map((x) => `${relative(ROOT, f)}:${x.line} ${x.why} ${x.text}`));
    expect(findings).toEqual([]);
  });
});

/** The remedy strings: their time limits and articles come from rules/remedies.ts (REMEDY_VALUES). */
const REMEDY_STRINGS = ['checklist.remedies', 'checklist.noAppointment', 'ui.alerts'];

/** The subtree at a dotted key. */
const subtree = (m: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), m);

function strings(node: unknown, at: string): [string, string][] {
  if (typeof node === 'string') return [[at, node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

describe('remedy strings interpolate their time limits and articles from rules/remedies.ts', () => {
  it.each(LANGS)('%s: no number or article written in checklist.remedies, checklist.noAppointment, ui.alerts', (lang) => {
    const d = readLanguage(lang);
    const bad = REMEDY_STRINGS.flatMap((k) => strings(subtree(d, k), k))
      .map(([k, v]) => [k, v.replace(/\{\{\w+\}\}/g, '')] as const)
      // Any digit, in any script, outside {{…}}: a time limit or an article number (the code's name may stay in the prose).
      .filter(([, v]) => /\p{Nd}/u.test(v))
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });
  it.each(LANGS)('%s: every value a remedy string names exists in REMEDY_VALUES', (lang) => {
    const d = readLanguage(lang);
    const names = REMEDY_STRINGS.flatMap((k) => strings(subtree(d, k), k)).flatMap(([, v]) => [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
    const local = new Set(['date', 'count', 'hours', 'days', 'months']);
    expect(names.filter((n) => !local.has(n) && !(n in REMEDY_VALUES))).toEqual([]);
  });
  it('the values are those of filing-fees-remedies.md (F-8 to F-12)', () => {
    expect(REMEDY_VALUES).toEqual({
      implicitRefusalMonths: 4, appealMonths: 2, courtMonths: 2, oqtfFreeMonths: 1, oqtfHouseArrestDays: 7, oqtfRetentionHours: 48,
      enforcementYears: 3, enforcementArticle: 'L731-1', commissionNoticeDays: 15, commissionAesYears: 10, refereArticle: 'L521-3',
    });
  });
});

describe('declared card fields replace the matches on legal bases (rules/)', () => {
  const asOf = '2026-12-03';
  const base: Situation = { removalOrder: 'none', familyOfEuCitizen: false, publicOrderConcern: false, polygamy: false, postcode: '69003' };
  const result = (s: Situation, id: string) => cardResult(id, s, asOf);

  it('the "retraité" cards (O-4; DZ-E7) are the cards declared retiree, and keep the préfecture for a resident-card holder', () => {
    expect(CATALOGUE.filter((c) => c.retiree).map((c) => c.id).sort()).toEqual(['afa-7ter', 'afa-7ter-spouse', 'ceseda-l426-8', 'ceseda-l426-9'].sort());
    const dz: Situation = { ...base, nationality: 'algerian', currentTitle: 'algerian-certificate-10-years', formerResidentLivingAbroad: true, frenchRetirementPension: true };
    expect(result(dz, 'afa-7ter').channel).toBe('préfecture');
    // A resident card (not a retraité one) renewed by the same holder goes to ANEF (F-1).
    expect(result(dz, 'afa-7bis-f').channel).toBe('ANEF');
  });

  it('the commission (L432-13; F-11) follows the declared case: VPF cards of right, the 10-year AES, the resident cards by title', () => {
    const vpf = CATALOGUE.filter((c) => c.commission === 'plein-droit-vpf').map((c) => c.id);
    // The cards the old regex over legal bases (/^CESEDA L42(3-\d+|5-9)$/ on a CST or CSP) found: L423-x and L425-9 (F-11).
    expect([...vpf].sort()).toEqual([
      'ceseda-l423-1', 'ceseda-l423-13', 'ceseda-l423-14', 'ceseda-l423-15', 'ceseda-l423-2', 'ceseda-l423-21', 'ceseda-l423-22',
      'ceseda-l423-23', 'ceseda-l423-7', 'ceseda-l425-9', 'ceseda-l433-4-family-ties', 'ceseda-l433-4-joining-family',
      'ceseda-l433-4-parent', 'ceseda-l433-4-spouse',
    ]);
    expect(vpf.every((id) => CATALOGUE.find((c) => c.id === id)!.kind === 'plein-droit')).toBe(true);
    expect(CATALOGUE.filter((c) => c.commission === 'aes-10-years').map((c) => c.id)).toEqual(['ceseda-l435-1']);
    const long: Situation = { ...base, nationality: 'other', habitualResidenceSince: '2014-01-01' };
    expect(commissionCase(result(long, 'ceseda-l435-1'), long, asOf)).toBe('aes-10-years');
    expect(commissionCase(result(long, 'ceseda-l421-1'), long, asOf)).toBeNull();
    expect(commissionCase(result(long, 'ceseda-l425-1'), long, asOf)).toBeNull();
  });
});
