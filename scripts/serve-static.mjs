#!/usr/bin/env node
// Minimal static server for the exported site (127.0.0.1 only): node scripts/serve-static.mjs PORT DIR
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? 4173);
const root = process.argv[3] ?? 'out';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json' };

async function find(p) {
  for (const c of [p, join(p, 'index.html'), `${p}.html`]) {
    try { if ((await stat(c)).isFile()) return c; } catch { /* next */ }
  }
  return null;
}

createServer(async (req, res) => {
  const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const path = normalize(join(root, url));
  if (!path.startsWith(normalize(root))) { res.writeHead(403).end(); return; }
  const file = (await find(path)) ?? join(root, '404.html');
  const status = file.endsWith('404.html') && !url.endsWith('404.html') ? 404 : 200;
  let body;
  try { body = await readFile(file); } catch { res.writeHead(404).end('not found'); return; }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type };
  if (/text|javascript|json|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) { body = gzipSync(body); headers['Content-Encoding'] = 'gzip'; }
  res.writeHead(status, headers).end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
