// Gzip size of the JS each exported HTML page loads (script src + modulepreload), skipping noModule polyfills.
// Shared by scripts/js-size.mjs (the figures) and e2e/js-budget.spec.ts (the budgets, after every build).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** [KiB, page path relative to out] for every exported page, smallest first. */
export function jsSizes(out = 'out') {
  const pages = [];
  const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); const s = statSync(p);
    if (s.isDirectory()) { if (f !== '_next') walk(p); } else if (f.endsWith('.html')) pages.push(p); } };
  walk(out);
  const gz = new Map();
  const size = (p) => { if (!gz.has(p)) gz.set(p, existsSync(p) ? gzipSync(readFileSync(p), { level: 9 }).length : 0); return gz.get(p); };
  const rows = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const srcs = new Set();
    for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
      const a = m[1]; if (/nomodule/i.test(a)) continue;
      const s = a.match(/src="([^"]+)"/); if (s) srcs.add(s[1]);
    }
    for (const m of html.matchAll(/<link\b([^>]*)>/g)) {
      const a = m[1]; if (!/rel="(modulepreload|preload)"/.test(a) || !/as="script"|modulepreload/.test(a)) continue;
      const h = a.match(/href="([^"]+)"/); if (h) srcs.add(h[1]);
    }
    let bytes = 0;
    for (const s of srcs) bytes += size(join(out, s.split('?')[0]));
    rows.push([bytes / 1024, relative(out, page)]);
  }
  return rows.sort((a, b) => a[0] - b[0]);
}
