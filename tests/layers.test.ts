/**
 * Layers you can see in the tree (issue 16): nothing imports upward.
 *
 *   rules/       the law: no screen, no language (design §2.1); runs under plain Node
 *   locales/     the strings and the table of languages: may read rules/ (the parameters filled into strings,
 *                rules/params.ts), nothing above
 *   filing/      where and how to file: reads rules/ results
 *   wizard/      client-side state (storage, answers, engine worker, hand-off, formatting): rules/, filing/, locales/
 *   components/  renders: may use wizard/, never app/
 *   app/         routes and page-level wiring: may import anything
 *
 * Every import specifier of every .ts/.tsx/.mts/.mjs/.js file in those folders is read with TypeScript's own
 * pre-processor (static, `export … from`, dynamic `import()`, `require`), plus `new URL('…', import.meta.url)`
 * (the engine worker), and resolved: relative paths and the `@/` alias of tsconfig.json.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const LAYERS = ['rules', 'locales', 'filing', 'wizard', 'components', 'app'] as const;
type Layer = (typeof LAYERS)[number];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

/** Packages that draw a screen or a page: the rules and the filing logic must run without them. */
const UI_PACKAGES = /^(react|react-dom|next|i18next|react-i18next|react-hook-form|@hookform\/.*|qrcode)(\/|$)/;

/** Which project folders each layer may import (its own folder always). Data files (.json) are not code. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  rules: [],
  locales: ['rules'],
  filing: ['rules'],
  wizard: ['rules', 'filing', 'locales'],
  components: ['rules', 'filing', 'locales', 'wizard'],
  app: ['rules', 'filing', 'locales', 'wizard', 'components'],
};
const NO_UI_PACKAGES: readonly Layer[] = ['rules', 'filing', 'locales'];

function filesOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesOf(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) found.push(m[1]!);
  return found;
}

type Target = { layer: Layer | null; path: string } | { pkg: string };

/** Where a specifier points: a project path (with its top folder when it is a layer) or a package. */
function resolveSpecifier(file: string, spec: string): Target {
  let abs: string | null = null;
  if (spec.startsWith('.')) abs = resolve(dirname(file), spec);
  else if (spec.startsWith('@/')) abs = resolve(ROOT, spec.slice(2));
  if (abs === null) return { pkg: spec };
  const path = relative(ROOT, abs).split(sep).join('/');
  const top = path.split('/')[0] as Layer;
  return { layer: LAYERS.includes(top) ? top : null, path };
}

type Edge = { from: string; layer: Layer; spec: string; target: Target };
const edges: Edge[] = [];
const fileCount = new Map<Layer, number>();
for (const layer of LAYERS) {
  const files = filesOf(join(ROOT, layer));
  fileCount.set(layer, files.length);
  for (const file of files) {
    for (const spec of importsOf(file)) {
      edges.push({ from: relative(ROOT, file).split(sep).join('/'), layer, spec, target: resolveSpecifier(file, spec) });
    }
  }
}

/** The imports that break the layering, as "file → specifier" lines (empty when the tree is clean). */
function violations(layer: Layer): string[] {
  const bad: string[] = [];
  for (const e of edges) {
    if (e.layer !== layer) continue;
    const t = e.target;
    if ('pkg' in t) {
      if (NO_UI_PACKAGES.includes(layer) && UI_PACKAGES.test(t.pkg)) bad.push(`${e.from} → ${e.spec}`);
      continue;
    }
    if (t.path.endsWith('.json') && !t.path.startsWith('app/')) continue; // data (package.json, a locale file)
    if (t.layer === layer) continue;
    if (t.layer === null) {
      // Outside the layers (tests/, scripts/, e2e/…): nothing shipped may depend on them.
      if (!t.path.endsWith('.json')) bad.push(`${e.from} → ${e.spec}`);
      continue;
    }
    if (!MAY_IMPORT[layer].includes(t.layer)) bad.push(`${e.from} → ${e.spec}`);
  }
  return bad;
}

describe('layers (issue 16): nothing imports upward', () => {
  it('reads the imports of every layer (the parser finds what is there)', () => {
    for (const layer of LAYERS) expect(fileCount.get(layer), layer).toBeGreaterThan(0);
    // A static import, a dynamic import() and the worker's new URL(): each kind is seen.
    const seen = (from: string, spec: string) => edges.some((e) => e.from === from && e.spec === spec);
    expect(seen('components/StorageNotice.tsx', '../wizard/answers')).toBe(true);
    expect(seen('wizard/engine-client.ts', './remaining')).toBe(true);
    expect(seen('wizard/engine-client.ts', './engine.worker.ts')).toBe(true);
    expect(seen('rules/cli.ts', 'node:fs')).toBe(true);
  });

  it('rules/ imports no screen, no string table, no filing and no client state', () => {
    expect(violations('rules')).toEqual([]);
  });

  it('locales/ imports nothing above it (rules/ at most: the parameters in its strings)', () => {
    expect(violations('locales')).toEqual([]);
  });

  it('filing/ imports only rules/ (and data)', () => {
    expect(violations('filing')).toEqual([]);
  });

  it('wizard/ imports rules/, filing/ and locales/, never components/ or app/', () => {
    expect(violations('wizard')).toEqual([]);
  });

  it('components/ never imports app/', () => {
    expect(violations('components')).toEqual([]);
  });

  it('app/ imports only project code (no test or script)', () => {
    expect(violations('app')).toEqual([]);
  });
});
