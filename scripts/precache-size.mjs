#!/usr/bin/env node
/**
 * What a first visit downloads for offline use, in gzip (what a gzip server sends), against the budget.
 * Run after `npm run build` (it is the last step of the build): reads .next/sesame-precache.json, written by
 * serwist.config.mjs with the precached files and the pages cached at run time.
 *
 * First visit = the precache (the same for everyone: JS/CSS, strings, every commune file) + every page of
 * ONE language (its start, check, results… pages and every question, checklist and letter page) (the worker warms them in the background whatever
 * the answers, see app/sw.ts; issue 15), for the heaviest language. Exit code 1 above the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 4_000_000; // bytes, gzip
const listFile = '.next/sesame-precache.json';
if (!existsSync(listFile)) {
  console.error(`precache-size: ${listFile} is missing; run npm run build first`);
  process.exit(2);
}
const { precache, runtime } = JSON.parse(readFileSync(listFile, 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileOf = (path) => `out${path}index.html`;
/** '/fr/' → 'start', '/fr/check/' → 'check', '/fr/q/x/' → 'q'. */
const kindOf = (path) => path.split('/')[2] || 'start';
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

const groups = new Map();
let precacheGz = 0;
let precacheRaw = 0;
for (const file of precache) {
  const size = gz(file);
  precacheGz += size;
  precacheRaw += readFileSync(file).length;
  const parts = file.split('/');
  const group = parts[1] === '_next' ? 'JS/CSS' : parts[1] === 'communes' ? 'communes' : parts.length > 3 ? `pages: ${parts[2] === 'index.html' ? 'start' : parts[2]}` : 'other';
  groups.set(group, (groups.get(group) ?? 0) + size);
}
const byLangKind = new Map();
for (const path of runtime) {
  const lang = path.split('/')[1];
  const kind = kindOf(path);
  const k = `${lang} ${kind}`;
  const v = byLangKind.get(k) ?? { n: 0, gz: 0 };
  v.n++;
  v.gz += gz(fileOf(path));
  byLangKind.set(k, v);
}

console.log(`precache: ${precache.length} files, ${mb(precacheRaw)} raw, ${mb(precacheGz)} gzip`);
for (const [g, size] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${g.padEnd(24)} ${mb(size)}`);
console.log('cached at run time (not precached):');
for (const [k, v] of byLangKind) console.log(`  ${k.padEnd(14)} ${String(v.n).padStart(4)} pages  ${mb(v.gz)} gzip  (${(v.gz / v.n / 1000).toFixed(1)} kB each)`);
const langs = [...new Set(runtime.map((p) => p.split('/')[1]))];
const perLang = langs.map((l) => [l, [...byLangKind].filter(([k]) => k.startsWith(`${l} `)).reduce((n, [, v]) => n + v.gz, 0)]);
for (const [l, size] of perLang) console.log(`first visit in ${l}: ${mb(precacheGz + size)} gzip (precache + every page of that language)`);
const [heaviest, pages] = perLang.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
const firstVisit = precacheGz + pages;
const ok = firstVisit <= BUDGET;
console.log(`first visit (precache + every page of one language, ${heaviest}): ${mb(firstVisit)} gzip, budget ${mb(BUDGET)}: ${ok ? 'OK' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
