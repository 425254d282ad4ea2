import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  frenchOf, lookupPostcode, normaliseName, officeNameFr, placeForMatch, postalPrefix, searchCommuneName,
  type FilingPlace, type NamesFile, type PrefixFile,
} from '../filing/communes';

const dir = join(__dirname, '..', 'public');
function load<T>(path: string): Promise<T | null> {
  const file = join(dir, path);
  return Promise.resolve(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null);
}
// public/communes/ is generated (npm run communes, or prebuild); make it if missing.
beforeAll(() => {
  if (!existsSync(join(dir, 'communes', 'meta.json'))) execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-communes.mjs')]);
});

const loadPrefix = (p: string) => load<PrefixFile>(p);
const loadNames = (p: string) => load<NamesFile>(p);

async function one(postcode: string, commune?: string): Promise<FilingPlace> {
  const r = await lookupPostcode(postcode, loadPrefix);
  if (!r.ok) throw new Error(`${postcode}: ${r.error}`);
  const p = commune ? r.places.find((x) => x.commune.nom === commune) : r.places[0];
  if (!p) throw new Error(`${postcode}: no ${commune} in ${r.places.map((x) => x.commune.nom).join(', ')}`);
  return p;
}

describe('postcode → préfecture / sous-préfecture', () => {
  const cases: [string, string | undefined, { dep: string; prefecture: string; sous?: string; authority?: FilingPlace['authority'] }][] = [
    ['75011', 'Paris', { dep: '75', prefecture: 'Paris', authority: 'paris-police-prefecture' }],
    ['75116', 'Paris', { dep: '75', prefecture: 'Paris', authority: 'paris-police-prefecture' }],
    ['13001', 'Marseille', { dep: '13', prefecture: 'Marseille' }],
    ['94000', 'Créteil', { dep: '94', prefecture: 'Créteil' }],
    ['94130', 'Nogent-sur-Marne', { dep: '94', prefecture: 'Créteil', sous: 'Nogent-sur-Marne' }],
    ['94240', "L'Haÿ-les-Roses", { dep: '94', prefecture: 'Créteil', sous: "L'Haÿ-les-Roses" }],
    ['93100', 'Montreuil', { dep: '93', prefecture: 'Bobigny' }],
    ['92000', 'Nanterre', { dep: '92', prefecture: 'Nanterre' }],
    ['31000', 'Toulouse', { dep: '31', prefecture: 'Toulouse' }],
    ['69003', 'Lyon', { dep: '69', prefecture: 'Lyon' }],
    ['97110', 'Pointe-à-Pitre', { dep: '971', prefecture: 'Basse-Terre', sous: 'Pointe-à-Pitre' }],
    ['97600', 'Mamoudzou', { dep: '976', prefecture: 'Mamoudzou' }],
    ['20000', 'Ajaccio', { dep: '2A', prefecture: 'Ajaccio' }],
    ['20200', 'Bastia', { dep: '2B', prefecture: 'Bastia' }],
    ['05110', 'Curbans', { dep: '04', prefecture: 'Digne-les-Bains', sous: 'Forcalquier' }],
  ];
  for (const [postcode, commune, e] of cases) {
    it(`${postcode} ${commune}`, async () => {
      const p = await one(postcode, commune);
      expect(p.departement.code).toBe(e.dep);
      expect(p.prefecture.nom).toBe(e.prefecture);
      expect(p.sousPrefecture?.nom).toBe(e.sous);
      expect(p.authority).toBe(e.authority ?? 'prefecture');
    });
  }

  it('Paris goes to the Préfecture de police; 92, 93, 94 to their own préfecture', async () => {
    expect(officeNameFr(await one('75018', 'Paris'))).toBe('Préfecture de police de Paris');
    expect(officeNameFr(await one('92000', 'Nanterre'))).toBe('Préfecture des Hauts-de-Seine');
    expect(officeNameFr(await one('93000', 'Bobigny'))).toBe('Préfecture de la Seine-Saint-Denis');
    expect(officeNameFr(await one('94130', 'Nogent-sur-Marne'))).toBe('Préfecture du Val-de-Marne');
  });

  it('a postcode shared by several communes lists them all', async () => {
    const r = await lookupPostcode('05110', loadPrefix);
    expect(r.ok).toBe(true);
    if (r.ok) expect(new Set(r.places.map((p) => p.departement.code))).toEqual(new Set(['04', '05']));
  });

  it('overseas collectivities are flagged, not treated as a département', async () => {
    const p = await one('97133');
    expect(p.departement.code).toBe('977');
    expect(p.authority).toBe('overseas-collectivity');
  });

  it('unknown and malformed postcodes give a clear error', async () => {
    expect(await lookupPostcode('75999', loadPrefix)).toEqual({ ok: false, error: 'unknown-postcode' });
    expect(await lookupPostcode('99000', loadPrefix)).toEqual({ ok: false, error: 'invalid-postcode' });
    expect(await lookupPostcode('7501', loadPrefix)).toEqual({ ok: false, error: 'invalid-postcode' });
    expect(await lookupPostcode('abcde', loadPrefix)).toEqual({ ok: false, error: 'invalid-postcode' });
    expect(await lookupPostcode('75 011', loadPrefix)).toMatchObject({ ok: true });
    expect(await lookupPostcode('89000', () => Promise.resolve(null))).toEqual({ ok: false, error: 'no-file' });
  });

  it('prefixes: 2 digits, 3 overseas', () => {
    expect(postalPrefix('94130')).toBe('94');
    expect(postalPrefix('97110')).toBe('971');
    expect(postalPrefix('20000')).toBe('20');
  });
});

describe('commune name search', () => {
  it('finds Créteil, Nogent-sur-Marne, L’Haÿ-les-Roses without accents', async () => {
    const c = await searchCommuneName('creteil', loadNames);
    expect(Array.isArray(c) && c[0]?.nom).toBe('Créteil');
    const n = await searchCommuneName('Nogent sur Marne', loadNames);
    expect(Array.isArray(n) && n.map((x) => x.code)).toContain('94052');
    const h = await searchCommuneName("l'hay les roses", loadNames);
    expect(Array.isArray(h) && h[0]?.code).toBe('94038');
  });

  it('a name match leads to the same place as its postcode', async () => {
    const n = await searchCommuneName('Nogent-sur-Marne', loadNames);
    if (!Array.isArray(n)) throw new Error(String(n));
    const m = n.find((x) => x.code === '94052')!;
    const place = await placeForMatch(m, loadPrefix);
    expect(place?.sousPrefecture?.nom).toBe('Nogent-sur-Marne');
    expect(place?.prefecture.nom).toBe('Créteil');
  });

  it('"St" means Saint; too short and unknown names are clear', async () => {
    const s = await searchCommuneName('st denis', loadNames);
    expect(Array.isArray(s) && s.some((x) => x.code === '93066')).toBe(true);
    expect(await searchCommuneName('x', loadNames)).toBe('too-short');
    expect(await searchCommuneName('zzzzzz', loadNames)).toEqual([]);
  });

  it('normalises names', () => {
    expect(normaliseName("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(normaliseName('Ste Foy')).toBe('sainte foy');
  });

  it('French connecting words follow INSEE TNCC', () => {
    expect(frenchOf('Val-de-Marne', 2)).toBe('du Val-de-Marne');
    expect(frenchOf('Haute-Garonne', 3)).toBe('de la Haute-Garonne');
    expect(frenchOf('Essonne', 5)).toBe("de l'Essonne");
    expect(frenchOf('Paris', 0)).toBe('de Paris');
  });
});
