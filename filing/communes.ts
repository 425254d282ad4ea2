/**
 * Commune → préfecture / sous-préfecture lookup over the static files written by
 * scripts/build-communes.mjs (public/communes/). Pure: the caller passes a loader that
 * fetches (browser) or reads (tests) one file. Nothing here is bundled with the data.
 *
 * Source of the data: INSEE COG 2026 via Etalab (@etalab/decoupage-administratif),
 * Licence Ouverte. It gives codes and names only: no address, phone or opening hours.
 *
 * What the lookup says, and what it never says (F-2):
 *  - Paris (75): the Préfecture de police. 92, 93, 94 file at their own préfecture.
 *  - Elsewhere: the préfecture of the département (its chef-lieu) and the sous-préfecture
 *    of the arrondissement (its chef-lieu) when it is a different town. Many
 *    sous-préfectures do not handle foreigners' files: the lookup names the town, it
 *    never says that office is competent.
 *  - Overseas collectivities (zone "com"): other rules apply; we send people to the
 *    official directory.
 */

export const COMMUNES_SOURCE = {
  name: 'INSEE, Code officiel géographique 2026, via Etalab (@etalab/decoupage-administratif 6.0.0)',
  licence: 'Licence Ouverte / Open Licence',
  url: 'https://github.com/etalab/decoupage-administratif',
} as const;

export const OFFICIAL_DIRECTORY_URL = 'https://lannuaire.service-public.gouv.fr/';

/** A town and its INSEE code. */
export interface Place {
  code: string;
  nom: string;
}

export type Zone = 'metro' | 'drom' | 'com';

/** One file of public/communes/<prefix>.json. */
export interface PrefixFile {
  prefix: string;
  departements: Record<string, { nom: string; typeLiaison: number; zone: Zone; chefLieu: [string, string | null] }>;
  arrondissements: Record<string, { nom: string; typeLiaison: number; chefLieu: [string, string | null] }>;
  /** postcode → [INSEE code, name, département code, arrondissement code or ""]. */
  postcodes: Record<string, [string, string, string, string][]>;
}

/** One file of public/communes/names/<letter>.json: [name, INSEE code, a postcode, parent commune name or ""]. */
export interface NamesFile {
  entries: [string, string, string, string][];
}

export type Authority = 'paris-police-prefecture' | 'prefecture' | 'overseas-collectivity';

export interface FilingPlace {
  postcode: string;
  commune: Place;
  departement: { code: string; nom: string; typeLiaison: number; zone: Zone };
  arrondissement?: { code: string; nom: string };
  authority: Authority;
  /** The town of the préfecture (chef-lieu of the département). */
  prefecture: Place;
  /** The arrondissement's chef-lieu when it is not the préfecture's town. Competence for foreigners is NOT implied. */
  sousPrefecture?: Place;
}

export type LookupResult =
  | { ok: true; places: FilingPlace[] }
  | { ok: false; error: 'invalid-postcode' | 'unknown-postcode' | 'no-file' };

export type Loader<T> = (path: string) => Promise<T | null>;

/** The file a postcode lives in: 2 digits, or 3 for 97x / 98x. Must match the build script. */
export function postalPrefix(postcode: string): string {
  return /^9[78]/.test(postcode) ? postcode.slice(0, 3) : postcode.slice(0, 2);
}

export const POSTCODE_PATTERN = /^(?:[0-8]\d|9[0-8])\d{3}$/;

export function normalisePostcode(input: string): string {
  return input.replace(/\s+/g, '').trim();
}

/** Lower case, no accents, punctuation as spaces. Must match the build script. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^st(e?) /, 'saint$1 ')
    .replace(/ st(e?) /g, ' saint$1 ');
}

export function prefixFilePath(prefix: string): string {
  return `communes/${prefix}.json`;
}
export function namesFilePath(letter: string): string {
  return `communes/names/${letter}.json`;
}

/** Turns one file's records for a postcode into filing places. */
export function placesFromFile(file: PrefixFile, postcode: string): FilingPlace[] {
  const rows = file.postcodes[postcode] ?? [];
  return rows.map(([code, nom, dep, arr]) => placeFromRow(file, postcode, code, nom, dep, arr));
}

function placeFromRow(file: PrefixFile, postcode: string, code: string, nom: string, depCode: string, arrCode: string): FilingPlace {
  const dep = file.departements[depCode];
  if (!dep) throw new Error(`commune data: no département ${depCode}`);
  const arr = arrCode ? file.arrondissements[arrCode] : undefined;
  const prefecture: Place = { code: dep.chefLieu[0], nom: dep.chefLieu[1] ?? dep.nom };
  const sousPrefecture: Place | undefined =
    arr && arr.chefLieu[0] !== dep.chefLieu[0] ? { code: arr.chefLieu[0], nom: arr.chefLieu[1] ?? arr.nom } : undefined;
  const authority: Authority = depCode === '75' ? 'paris-police-prefecture' : dep.zone === 'com' ? 'overseas-collectivity' : 'prefecture';
  return {
    postcode,
    commune: { code, nom },
    departement: { code: depCode, nom: dep.nom, typeLiaison: dep.typeLiaison, zone: dep.zone },
    arrondissement: arr && arrCode ? { code: arrCode, nom: arr.nom } : undefined,
    authority,
    prefecture,
    // Paris has one arrondissement and the PP: no sous-préfecture.
    sousPrefecture: authority === 'paris-police-prefecture' ? undefined : sousPrefecture,
  };
}

/** Postcode → the communes that use it, each with its préfecture and sous-préfecture towns. */
export async function lookupPostcode(input: string, load: Loader<PrefixFile>): Promise<LookupResult> {
  const postcode = normalisePostcode(input);
  if (!POSTCODE_PATTERN.test(postcode)) return { ok: false, error: 'invalid-postcode' };
  const file = await load(prefixFilePath(postalPrefix(postcode)));
  if (!file) return { ok: false, error: 'no-file' };
  const places = placesFromFile(file, postcode);
  if (places.length === 0) return { ok: false, error: 'unknown-postcode' };
  return { ok: true, places };
}

export interface NameMatch {
  nom: string;
  code: string;
  postcode: string;
  /** For an old (delegated) commune: the current commune it belongs to. */
  parent?: string;
}

/** Commune name → candidates (exact matches first, then names starting with the text). At most `limit`. */
export async function searchCommuneName(input: string, load: Loader<NamesFile>, limit = 12): Promise<NameMatch[] | 'too-short' | 'no-file'> {
  const q = normaliseName(input);
  if (q.length < 2) return 'too-short';
  const letter = q.charAt(0);
  if (!/^[a-z]$/.test(letter)) return [];
  const file = await load(namesFilePath(letter));
  if (!file) return 'no-file';
  const exact: NameMatch[] = [];
  const starts: NameMatch[] = [];
  for (const [nom, code, postcode, parent] of file.entries) {
    const n = normaliseName(nom);
    const m: NameMatch = parent ? { nom, code, postcode, parent } : { nom, code, postcode };
    if (n === q) exact.push(m);
    else if (n.startsWith(q)) starts.push(m);
  }
  return [...exact, ...starts].slice(0, limit);
}

/** A name match → its filing place (loads the postcode file and picks the commune by INSEE code). */
export async function placeForMatch(match: NameMatch, load: Loader<PrefixFile>): Promise<FilingPlace | null> {
  const res = await lookupPostcode(match.postcode, load);
  if (!res.ok) return null;
  return res.places.find((p) => p.commune.code === match.code) ?? null;
}

/** French connecting word from INSEE's TNCC code: "du Val-de-Marne", "de la Haute-Garonne", "de Paris". */
export function frenchOf(nom: string, typeLiaison: number): string {
  switch (typeLiaison) {
    case 1:
      return `d'${nom}`;
    case 2:
      return `du ${nom}`;
    case 3:
      return `de la ${nom}`;
    case 4:
      return `des ${nom}`;
    case 5:
      return `de l'${nom}`;
    case 6:
      return `des ${nom}`;
    default:
      return `de ${nom}`;
  }
}

/** The office's name in French, as written on a letter: "Préfecture du Val-de-Marne", "Préfecture de police". */
export function officeNameFr(place: FilingPlace): string {
  if (place.authority === 'paris-police-prefecture') return 'Préfecture de police de Paris';
  return `Préfecture ${frenchOf(place.departement.nom, place.departement.typeLiaison)}`;
}

