/**
 * Issue 12 item 15: one text per key. The files of a language are deep-merged (locales/index.ts), so a
 * key defined in two files with different texts shows one of them, silently, and the other drifts
 * (`conditions.married-at-least-1-year` said "marriage or PACS" on the accord cards that require
 * marriage). A condition whose rule differs between cards gets `cards.<id>.conditions.<node>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../rules';
import { walk } from '../rules/logic';
import { LANGS, leafKeys, localeFiles, lookup, readLanguage, type Lang, type Messages } from '../locales';
import { makeT } from '../components/I18nProvider';

const fileData = (lang: Lang, file: string) => JSON.parse(fs.readFileSync(path.join('locales', lang, file), 'utf8')) as Messages;

/** Keys defined in more than one file of a language with different texts, with the files and texts. */
function conflicts(lang: Lang): string[] {
  const seen = new Map<string, { file: string; text: string }[]>();
  for (const file of localeFiles(lang)) {
    const data = fileData(lang, file);
    for (const key of leafKeys(data)) {
      const list = seen.get(key) ?? [];
      list.push({ file, text: lookup(data, key)! });
      seen.set(key, list);
    }
  }
  return [...seen].filter(([, defs]) => new Set(defs.map((d) => d.text)).size > 1)
    .map(([key, defs]) => `${key}: ${defs.map((d) => `${d.file} "${d.text}"`).join(' / ')}`);
}

/** Condition texts the UI would show for one card (ConditionText: the card's own text, else the shared one). */
const EV = evaluate({}, { asOf: '2026-11-22' });
const nodesOf = (cardId: string) => new Set(walk(EV.results.find((r) => r.id === cardId)!.conditions).map((n) => n.id));

describe.each(LANGS)('locale keys in %s', (lang) => {
  it('no key is defined twice with different texts across the files of the language', () => {
    expect(conflicts(lang)).toEqual([]);
  });
  it('every card-specific condition text names a card of the catalogue and a condition of that card', () => {
    const cards = (readLanguage(lang).cards ?? {}) as Record<string, Messages>;
    const dangling: string[] = [];
    for (const [cardId, entry] of Object.entries(cards)) {
      const own = typeof entry === 'object' && entry.conditions;
      if (!own || typeof own !== 'object') continue;
      const ids = EV.results.some((r) => r.id === cardId) ? nodesOf(cardId) : new Set<string>();
      for (const node of Object.keys(own)) if (!ids.has(node)) dangling.push(`cards.${cardId}.conditions.${node}`);
    }
    expect(dangling).toEqual([]);
  });
});

describe('a condition shows its own card\'s rule', () => {
  const text = (lang: Lang, cardId: string, node: string) => {
    const t = makeT(readLanguage(lang), lang);
    return t(`cards.${cardId}.conditions.${node}`) || t(`conditions.${node}`);
  };
  it('"married for at least a year": marriage only on the accord cards (AFA 7 bis a, AFT 10), marriage or PACS on the protection-family cards (L424-3, L424-11, L424-19)', () => {
    for (const card of ['afa-7bis-a', 'aft-10-spouse-of-french']) {
      expect(nodesOf(card).has('married-at-least-1-year')).toBe(true);
      expect(text('fr', card, 'married-at-least-1-year')).not.toMatch(/PACS/);
      expect(text('en', card, 'married-at-least-1-year')).not.toMatch(/PACS|partner/i);
    }
    for (const card of ['ceseda-l424-3', 'ceseda-l424-11', 'ceseda-l424-19']) {
      expect(nodesOf(card).has('married-at-least-1-year')).toBe(true);
      expect(text('fr', card, 'married-at-least-1-year')).toMatch(/PACS/);
    }
  });
  it('"holds a salarié title": a long-stay visa counts for L433-4, not for the Moroccan 10-year card (AFM 3)', () => {
    expect(text('fr', 'ceseda-l433-4', 'holds-salarie-title')).toMatch(/visa long séjour/);
    expect(text('fr', 'afm-3-resident', 'holds-salarie-title')).not.toMatch(/visa/);
  });
});
