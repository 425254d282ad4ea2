/**
 * The public scenarios (shared/scenarios/public.md, P01–P18) as persona files: one file per scenario,
 * `tests/fixtures/scenarios/<id>.json`, holding the person's answers (`situation`), the evaluation date (`asOf`)
 * and the expected results of the scenario's "Test expectations" list (`expect`, and `variants` for a second
 * evaluation date such as P05-b). It is the only place a persona's answers are written: the vitest scenario tests
 * (tests/scenarios/), the Playwright journeys (e2e/scenarios.ts, e2e/print-scenarios.ts, e2e/walk.ts) and the CLI
 * (`npm run --silent evaluate -- tests/fixtures/scenarios/P02.json`) read it; tests/personas.test.ts fails when a
 * persona's answers are copied anywhere else.
 *
 * No vitest import here: Playwright loads this file too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Situation, Strength } from '../../rules';
import type { Expect } from './scenario';

export const PERSONA_DIR = join(__dirname, '..', 'fixtures', 'scenarios');

/** What one card must show, as the scenario's "Test expectations" list says (scenarios/README.md). */
export interface CardExpectation extends Expect {
  /** The card's id (several cards may share a legal basis, e.g. AFT 3). */
  card: string;
  /** The full legal basis, compared as a set. */
  legalBasis: string[];
  /** AES: the note `prefer-title-of-right` names exactly these cards, each before it in `results`; [] = no such note. */
  preferTitleOfRight?: string[];
  /** Cards that come before this one in `results`. */
  after?: string[];
  /** Case-by-case routes: indicators by id (others may be listed too) and the strength in words. */
  indicators?: Record<string, 'met' | 'unmet' | 'unknown'>;
  strength?: Strength;
}

/** What the wizard's results page shows for the persona: the card and the group it sits in (e2e journeys). */
export interface WizardExpectation {
  card: string;
  group: 'g-eligible' | 'g-if-confirmed' | 'g-discretionary';
}

export interface Persona {
  id: string;
  title: string;
  source: string;
  /** The evaluation date ("Evaluate on"), YYYY-MM-DD. */
  asOf: string;
  note?: string;
  situation: Situation;
  expect: CardExpectation[];
  /** The same person on another date (e.g. P05-b on 2027-01-15). */
  variants?: { id: string; asOf: string; expect: CardExpectation[] }[];
  wizard?: WizardExpectation;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const CARD_KEYS = new Set(['card', 'legalBasis', 'status', 'kind', 'unmet', 'unknown', 'notRequired', 'channel', 'verify', 'warnings', 'documents', 'preferTitleOfRight', 'after', 'indicators', 'strength']);

/** The file's shape (the answers themselves are checked by parseSituation in the tests and the CLI). */
export function checkPersona(p: unknown, file: string): Persona {
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (typeof p !== 'object' || p === null) fail('not an object');
  const o = p as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['id', 'title', 'source', 'asOf', 'note', 'situation', 'expect', 'variants', 'wizard'].includes(k)) fail(`unknown key "${k}"`);
  if (typeof o.id !== 'string' || !file.endsWith(`${o.id}.json`)) fail('id must be the file name');
  if (typeof o.title !== 'string' || typeof o.source !== 'string') fail('title and source are text');
  if (typeof o.asOf !== 'string' || !ISO.test(o.asOf)) fail('asOf must be YYYY-MM-DD');
  if (typeof o.situation !== 'object' || o.situation === null) fail('situation must be an object');
  const cards = (list: unknown, where: string) => {
    if (!Array.isArray(list) || list.length === 0) fail(`${where} must list the cards`);
    for (const c of list as Record<string, unknown>[]) {
      for (const k of Object.keys(c)) if (!CARD_KEYS.has(k)) fail(`${where}: unknown key "${k}" on ${String(c.card)}`);
      if (typeof c.card !== 'string' || !Array.isArray(c.legalBasis) || typeof c.status !== 'string') fail(`${where}: each card needs card, legalBasis and status`);
    }
  };
  cards(o.expect, 'expect');
  for (const v of (o.variants ?? []) as Record<string, unknown>[]) {
    if (typeof v.id !== 'string' || typeof v.asOf !== 'string' || !ISO.test(v.asOf)) fail('a variant needs id and asOf');
    cards(v.expect, `variant ${v.id}`);
  }
  return p as Persona;
}

export const PERSONA_IDS: string[] = readdirSync(PERSONA_DIR)
  .filter((f) => /^P\d\d\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

const cache = new Map<string, Persona>();
/** One persona file, read and shape-checked. */
export function persona(id: string): Persona {
  let p = cache.get(id);
  if (!p) {
    const file = join(PERSONA_DIR, `${id}.json`);
    p = checkPersona(JSON.parse(readFileSync(file, 'utf8')), file);
    cache.set(id, p);
  }
  return p;
}

export const PERSONAS: Persona[] = PERSONA_IDS.map(persona);
