#!/usr/bin/env node
/**
 * Puts the Content-Security-Policy <meta> first in every exported page's <head>, right after the charset
 * (issue 15). Next.js writes it after its own <script> tags, and a CSP meta only governs what follows it.
 * Run by `npm run build` after `next build` and before the service worker's manifest (which hashes the pages).
 * Exit code 1 when a page has no CSP meta, or (with --check) when one is not before every script.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = 'out';
const check = process.argv.includes('--check');
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;

function* pages(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* pages(p);
    else if (name.endsWith('.html')) yield p;
  }
}

let moved = 0;
const bad = [];
for (const file of pages(root)) {
  let html = readFileSync(file, 'utf8');
  const m = META.exec(html);
  if (!m) {
    bad.push(`${file}: no CSP meta`);
    continue;
  }
  const firstScript = html.search(/<script\b/i);
  if (firstScript !== -1 && firstScript < m.index) {
    if (check) {
      bad.push(`${file}: a script comes before the CSP meta`);
      continue;
    }
    html = html.replace(m[0], '');
    const charset = /<meta charSet="utf-8"\/?>/i.exec(html);
    const at = charset ? charset.index + charset[0].length : html.indexOf('<head>') + '<head>'.length;
    html = `${html.slice(0, at)}${m[0]}${html.slice(at)}`;
    writeFileSync(file, html);
    moved++;
  }
}
if (bad.length) {
  console.error(bad.slice(0, 20).join('\n'));
  process.exit(1);
}
console.log(check ? 'csp-first: every page has its CSP meta before any script' : `csp-first: CSP meta moved first in ${moved} pages`);
