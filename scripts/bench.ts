/**
 * npm run bench — prints, as Markdown tables:
 *  1. rules `evaluate` median and p95 on a full situation and on 1,000 random schema-valid situations;
 *  2. gzip JS bytes loaded by each page type in each language (method of ../shared/toolchain.md, over out/; run `npm run build` first);
 *  3. Lighthouse mobile (median of 3 per page: start, question pages in fr and ar, results), served gzipped
 *     on 127.0.0.1, performance and accessibility scores.
 * Each figure is printed beside its target (issue 7) with ✓ or ✗, and the script exits with 1 when a target
 * is missed, so it can be used as a check. It is not part of `npm run test:all`: Lighthouse takes minutes
 * and its scores move with the machine's load (measure on an idle machine).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { evaluate } from '../rules';
import { CATALOGUE } from '../rules/catalogue';
import { FACT_IDS } from '../rules/facts';
import { situationArb, valueArb } from '../tests/helpers/arbitraries';
import { legalDifferences, walkFacts, walkScreens } from '../tests/helpers/walks';
import { PERSONAS } from '../tests/helpers/personas';
import { LANGS, isLang } from '../locales/languages';

const AS_OF = '2026-11-22';
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => `${(x * 1000).toFixed(0)} µs`;
const missed: string[] = [];
/** ✓ or ✗ beside a figure; a ✗ is remembered for the exit code. */
function verdict(ok: boolean, what: string): string {
  if (!ok) missed.push(what);
  return ok ? '✓' : '✗';
}

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

// 1. evaluate
const full = Object.fromEntries(FACT_IDS.map((id, i) => [id, fc.sample(valueArb(id), { numRuns: 1, seed: 42 + i })[0]]));
time(() => evaluate(full, { asOf: AS_OF }), 200); // warm-up
const fullTimes = time(() => evaluate(full, { asOf: AS_OF }), 2000);
const randoms = fc.sample(situationArb, { numRuns: 1000, seed: 7 });
const randomTimes = randoms.map((s) => time(() => evaluate(s, { asOf: AS_OF }), 1)[0]!);
console.log(`\n### Rules (${CATALOGUE.length} cards), measured ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| Input | median | p95 | target | |\n|---|---|---|---|---|');
console.log(`| full situation (every fact answered), 2,000 runs | ${ms(q(fullTimes, 0.5))} | ${ms(q(fullTimes, 0.95))} | median < 1 ms | ${verdict(q(fullTimes, 0.5) < 1, 'evaluate median, full situation')} |`);
console.log(`| 1,000 random schema-valid situations | ${ms(q(randomTimes, 0.5))} | ${ms(q(randomTimes, 0.95))} | median < 1 ms | ${verdict(q(randomTimes, 0.5) < 1, 'evaluate median, random situations')} |`);

// 1b. Screens to results (issue 14): every public scenario walked from an empty situation, answers from its fixture,
// "I don't know" where it is silent; the same legal results as the one-fact-a-page walk of nextQuestions.
{
  const rows = PERSONAS.map((p) => {
    const full = p.situation as Record<string, unknown>;
    const facts = walkFacts(full, p.asOf);
    const screens = walkScreens(full, p.asOf);
    return { id: p.id, screens: screens.pages.length, pages: facts.pages.length, diff: legalDifferences(full, facts.situation, screens.situation, p.asOf, screens.unticked) };
  });
  const counts = rows.map((r) => r.screens);
  const sorted = [...counts].sort((a, b) => a - b);
  const med = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  console.log('\n### Screens to results, public scenarios (answers from the fixture, "I don\'t know" where silent)\n');
  console.log('| Scenario | screens to results | one fact a page | same legal results |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.id} | ${r.screens} | ${r.pages} | ${verdict(r.diff.length === 0, `${r.id} legal results differ: ${r.diff.join('; ')}`)} |`);
  console.log(`| **median** | ${med} (target ≤ 12) ${verdict(med <= 12, 'median screens to results')} | ${q(rows.map((r) => r.pages), 0.5)} | |`);
  console.log(`| **maximum** | ${Math.max(...counts)} (target ≤ 18) ${verdict(Math.max(...counts) <= 18, 'maximum screens to results')} | ${Math.max(...rows.map((r) => r.pages))} | |`);
}

// 2. JS per page type
if (existsSync('out')) {
  const lines = execFileSync('node', ['scripts/js-size.mjs', 'out'], { encoding: 'utf8' }).trim().split('\n');
  const rows = lines.map((l) => { const [k, p] = l.split(' '); return { kib: Number(k), path: p! }; });
  const TYPES: Record<string, string> = { q: 'question', check: 'check answers', results: 'results', checklist: 'checklist', letters: 'letters', volunteer: 'volunteer' };
  // Every language of the table (locales/languages.ts): a language's pages carry its own strings, so each is measured.
  const typeOf = (p: string): { type: string; lang: string } | null => {
    const m = p.match(/^([a-z]+)\/(?:(q|check|results|checklist|letters|volunteer)\/)?/);
    if (!m || !isLang(m[1])) return p === 'index.html' ? { type: 'root /', lang: '' } : null;
    return { type: m[2] ? TYPES[m[2]]! : 'start', lang: m[1] };
  };
  const byType = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const t = typeOf(r.path);
    if (!t) continue;
    const m = byType.get(t.type) ?? new Map<string, number>();
    m.set(t.lang, Math.max(m.get(t.lang) ?? 0, r.kib));
    byType.set(t.type, m);
  }
  console.log('\n### JS loaded per page type and language (largest page of the type, gzip -9, KiB)\n');
  console.log(`| Page type | ${LANGS.join(' | ')} | budget | |\n|---|${LANGS.map(() => '---|').join('')}---|---|`);
  for (const [t, m] of byType) {
    const budget = t === 'question' ? 170 : 250;
    const worst = Math.max(...m.values());
    const cells = t === 'root /' ? LANGS.map((_, i) => (i === 0 ? worst.toFixed(1) : '')) : LANGS.map((l) => m.get(l)?.toFixed(1) ?? 'missing');
    const ok = (t === 'question' ? worst <= budget : worst < budget) && !cells.includes('missing');
    console.log(`| ${t} | ${cells.join(' | ')} | ${t === 'question' ? '≤' : '<'} ${budget} | ${verdict(ok, `JS of the ${t} page`)} |`);
  }
} else console.log('\n(out/ not found: run `npm run build` for the JS sizes)');

// 3. Lighthouse
const LIGHTHOUSE_PAGES = ['/fr/', '/fr/q/s-letters/', '/fr/q/nationality/', '/ar/q/birthDate/', '/ar/', '/fr/results/', '/prs/', '/bn/q/birthDate/'];
async function lighthouse() {
  if (!existsSync('out') || !existsSync('node_modules/.bin/lighthouse')) {
    console.log('\n(Lighthouse not installed or out/ missing: not measured)');
    missed.push('Lighthouse not measured');
    return;
  }
  const server = spawn('node', ['scripts/serve-static.mjs', '4199', 'out'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  try {
    console.log('\n### Lighthouse mobile, median of 3 (served gzipped on 127.0.0.1)\n');
    console.log('| Page | performance (runs) | accessibility | target | |\n|---|---|---|---|---|');
    for (const path of LIGHTHOUSE_PAGES) {
      const perf: number[] = []; const a11y: number[] = [];
      for (let i = 0; i < 3; i++) {
        const json = execFileSync('node_modules/.bin/lighthouse', [`http://127.0.0.1:4199${path}`, '--quiet', '--only-categories=performance,accessibility', '--output=json', '--output-path=stdout',
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
          { encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
        const r = JSON.parse(json);
        perf.push(Math.round(r.categories.performance.score * 100)); a11y.push(Math.round(r.categories.accessibility.score * 100));
      }
      const [p, a] = [q(perf, 0.5), q(a11y, 0.5)];
      console.log(`| ${path} | ${p} (${perf.join(', ')}) | ${a} | ≥ 90 / 100 | ${verdict(p >= 90 && a === 100, `Lighthouse ${path}`)} |`);
    }
  } finally { server.kill(); }
}
void lighthouse().then(() => {
  if (missed.length > 0) {
    console.log(`\nMissed targets: ${missed.join('; ')}`);
    process.exitCode = 1;
  } else console.log('\nEvery target met.');
});
