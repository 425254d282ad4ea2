#!/usr/bin/env node
/**
 * What a first visit downloads for offline use, in gzip (what a gzip server sends), against the budget.
 * Run after `npm run build` (it is the last step of the build): reads .next/sesame-precache.json, written by
 * serwist.config.mjs with the precached files and the pages cached at run time.
 *
 * First visit = the precache + the question pages of one language (the worker warms them in the
 * background, see app/sw.ts); the checklist and letter pages of the proposed titles come on top when the
 * results are shown (a few titles, printed here per title). Exit code 1 above the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LANG_CODES } from './langs.mjs';

const BUDGET = 4_000_000; // bytes, gzip
const listFile = '.next/sesame-precache.json';
if (!existsSync(listFile)) {
  console.error(`precache-size: ${listFile} is missing; run npm run build first`);
  process.exit(2);
}
const { precache, runtime } = JSON.parse(readFileSync(listFile, 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileOf = (path) => `out${path}index.html`;
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

const groups = new Map();
let precacheGz = 0;
let precacheRaw = 0;
for (const file of precache) {
  const size = gz(file);
  precacheGz += size;
  precacheRaw += readFileSync(file).length;
  const parts = file.split('/');
  const group = parts[1] === '_next' ? 'JS/CSS' : parts[1] === 'communes' ? 'communes' : LANG_CODES.includes(parts[1]) ? `pages: ${parts[2] === 'index.html' ? 'start' : parts[2]}` : 'other';
  groups.set(group, (groups.get(group) ?? 0) + size);
}
const byLangKind = new Map();
for (const path of runtime) {
  const [, lang, kind] = path.split('/');
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
const questions = Math.max(...LANG_CODES.map((l) => byLangKind.get(`${l} q`)?.gz ?? 0));
const firstVisit = precacheGz + questions;
const ok = firstVisit <= BUDGET;
console.log(`first visit (precache + one language's question pages): ${mb(firstVisit)} gzip, budget ${mb(BUDGET)}: ${ok ? 'OK' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
