#!/usr/bin/env node
/**
 * Writes the static commune data the "where to file" lookup fetches at run time.
 *
 * Source: INSEE, Code officiel géographique (COG) 2026, as packaged by Etalab in
 * @etalab/decoupage-administratif 6.0.0. Data: Licence Ouverte / Open Licence; code: MIT.
 *
 * Output (public/communes/, never imported by page code, only fetched):
 *   <prefix>.json   one file per postal prefix: the first 2 digits of the postcode, or the
 *                   first 3 for 97x / 98x. That is the département for almost every commune;
 *                   about 26 communes carry a neighbouring département's postcode (e.g. 05110
 *                   Curbans, in the 04), so each record keeps its real département.
 *                   Corsica (2A, 2B) shares prefix 20.
 *   names/<letter>.json  commune name → [name, INSEE code, one postcode, parent name]
 *                   for the search by name, split by the first letter of the plain name.
 *   meta.json       source, licence, COG year, generation date.
 *
 * The files hold only codes and names: no address, phone number or opening hours.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
const read = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', `${name}.json`), 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'communes');

const communes = read('communes');
const departements = read('departements');
const arrondissements = read('arrondissements');

/** Must match postalPrefix() in filing/communes.ts. */
const postalPrefix = (postcode) => (/^9[78]/.test(postcode) ? postcode.slice(0, 3) : postcode.slice(0, 2));

/** normaliseName() in filing/communes.ts gives the same first letter (the name files are keyed by it). */
const normaliseName = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const current = communes.filter((c) => c.type === 'commune-actuelle');
const byCode = new Map(current.map((c) => [c.code, c]));
const nameOf = (code) => byCode.get(code)?.nom ?? null;
const depByCode = new Map(departements.map((d) => [d.code, d]));
const arrByCode = new Map(arrondissements.map((a) => [a.code, a]));

const files = new Map();
function fileFor(prefix) {
  let f = files.get(prefix);
  if (!f) {
    f = { departements: {}, arrondissements: {}, postcodes: {} };
    files.set(prefix, f);
  }
  return f;
}

for (const c of current) {
  for (const postcode of c.codesPostaux ?? []) {
    const f = fileFor(postalPrefix(postcode));
    const dep = depByCode.get(c.departement);
    if (!dep) throw new Error(`no département ${c.departement} for ${c.code}`);
    f.departements[dep.code] ??= { nom: dep.nom, typeLiaison: dep.typeLiaison, zone: dep.zone, chefLieu: [dep.chefLieu, nameOf(dep.chefLieu)] };
    const arr = c.arrondissement ? arrByCode.get(c.arrondissement) : undefined;
    if (arr) f.arrondissements[arr.code] ??= { nom: arr.nom, typeLiaison: arr.typeLiaison, chefLieu: [arr.chefLieu, nameOf(arr.chefLieu)] };
    (f.postcodes[postcode] ??= []).push([c.code, c.nom, c.departement, arr ? arr.code : '']);
  }
}

// Names: current communes and the old (delegated or associated) communes people still use.
const names = new Map();
for (const c of communes) {
  let target;
  let parent = '';
  if (c.type === 'commune-actuelle') target = c;
  else if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
    target = byCode.get(c.chefLieu);
    if (target && target.nom !== c.nom) parent = target.nom;
  } else continue; // municipal arrondissements: the postcode finds them.
  const postcode = target?.codesPostaux?.[0];
  if (!target || !postcode) continue;
  const letter = normaliseName(c.nom).charAt(0);
  if (!/^[a-z]$/.test(letter)) continue;
  const list = names.get(letter) ?? [];
  if (!list.some((e) => e[0] === c.nom && e[1] === target.code)) list.push([c.nom, target.code, postcode, parent]);
  names.set(letter, list);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'names'), { recursive: true });
const source = {
  source: 'INSEE, Code officiel géographique 2026, via Etalab @etalab/decoupage-administratif',
  version: pkg.version,
  licence: 'Licence Ouverte / Open Licence (Etalab)',
  url: 'https://github.com/etalab/decoupage-administratif',
};
let bytes = 0;
for (const [prefix, f] of [...files].sort()) {
  const body = JSON.stringify({ ...source, prefix, ...f });
  bytes += body.length;
  writeFileSync(join(outDir, `${prefix}.json`), body);
}
for (const [letter, list] of names) {
  list.sort((a, b) => a[0].localeCompare(b[0], 'fr'));
  const body = JSON.stringify({ ...source, entries: list });
  bytes += body.length;
  writeFileSync(join(outDir, 'names', `${letter}.json`), body);
}
writeFileSync(join(outDir, 'meta.json'), JSON.stringify({ ...source, prefixes: [...files.keys()].sort() }, null, 1));
console.log(`communes: ${files.size} postal-prefix files, ${names.size} name files, ${(bytes / 1024).toFixed(0)} KiB in public/communes/`);
