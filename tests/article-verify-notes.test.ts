/**
 * The register's doubts reach the user (issue 16 review, item 1): an article that legal/ marks ⚠ / UNCONFIRMED
 * (`verify`) or rates L gives every card resting on it a "to be confirmed" note naming the article
 * (legal/README.md "Rules for the code" 1; ⚠ 6: the talent numbers L421-16, L421-19 to L421-21 are unconfirmed).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../rules/evaluate';
import { CATALOGUE } from '../rules/catalogue';
import { ARTICLES, articleVerifyNote, articleVerifyNoteId, cardArticles, type ArticleRef } from '../rules/references';
import { LANGS, lookup, readLanguage } from '../locales';
import { EXAMPLE_AS_OF, exampleResult } from './helpers/card-examples';

const REFS = Object.keys(ARTICLES) as ArticleRef[];

/** Every note the register can give (flagged entries only). */
const registerNotes = new Set(REFS.map((r) => articleVerifyNote(r)).filter((n): n is string => n !== undefined));

describe('an unconfirmed article number is said on the card (legal/ ⚠ 6)', () => {
  it.each([
    ['ceseda-l421-16', 'article-ceseda-l421-16'],
    ['ceseda-l421-19', 'article-ceseda-l421-19'],
    ['ceseda-l421-20', 'article-ceseda-l421-20'],
    ['ceseda-l421-21', 'article-ceseda-l421-21'],
    // AES-2: "CESEDA L435-2 (text not seen; M)", flagged in the register.
    ['ceseda-l435-2', 'article-ceseda-l435-2'],
  ] as const)('%s carries %s, its status unchanged (possible)', (id, note) => {
    const r = exampleResult(id);
    expect(r.status).toBe('possible');
    expect(r.verify).toBe(true);
    expect(r.verifyNotes).toContain(note);
  });

  it('the note names the article, in plain French', () => {
    const fr = readLanguage('fr');
    expect(lookup(fr, 'verify.article-ceseda-l421-16')).toMatch(/^Le numéro de l'article L421-16 n'est pas confirmé/);
    expect(lookup(fr, 'verify.article-ceseda-l421-19')).toContain('L421-19');
  });

  it('also on a ruled-out card (like the card\'s own verify list): the title is issued under that article', () => {
    const r = exampleResult('ceseda-l421-16', { nationality: 'algerian' });
    expect(r.status).toBe('not-eligible');
    expect(r.verifyNotes).toContain('article-ceseda-l421-16');
  });
});

describe('no note from the register on a card whose articles are firm', () => {
  // The notes of flagged articles, less 'fee' and 'check-extension', which other rules also give (a fee step, an end date).
  const articleNotes = [...registerNotes].filter((n) => n !== 'fee' && n !== 'check-extension');
  it.each(['ceseda-l423-1', 'ceseda-l421-9', 'ceseda-l424-1'] as const)('%s', (id) => {
    const card = CATALOGUE.find((c) => c.id === id)!;
    expect([...cardArticles(card)].filter((r) => articleVerifyNote(r) !== undefined)).toEqual([]);
    const r = exampleResult(id);
    expect(r.verifyNotes.filter((n) => articleNotes.includes(n))).toEqual([]);
  });
});

describe('a note the card already declares is not said twice', () => {
  it.each([
    ['ceseda-l425-9', 'sick-foreigner-bills'],
    ['ceseda-l426-10', 'l426-10-article-not-seen'],
    ['aft-7ter-b', 'aft-7ter-b-letter'],
    ['ceseda-l435-4', 'check-extension'],
  ] as const)('%s: %s once, no second note for the same article', (id, note) => {
    const r = exampleResult(id);
    expect(r.verifyNotes.filter((n) => n === note)).toHaveLength(1);
    expect(r.verifyNotes.filter((n) => n.startsWith('article-'))).toEqual([]);
  });
});

describe('a condition that borrows a flagged article (L425-10 reads the L425-9 medical points)', () => {
  it('names the doubt while the card is open', () => {
    const r = exampleResult('ceseda-l425-10');
    expect(r.status).not.toBe('not-eligible');
    expect(r.verifyNotes).toContain('sick-foreigner-bills');
  });
  it.each([
    ['outside the regime (its L425-9 nodes are never reached)', { nationality: 'algerian' }],
    ['no sick child (the L425-9 nodes are unmet, but a bill on L425-9 would not change that)', { hasSickChild: false }],
  ] as const)('not once the card is ruled out: %s', (_, change) => {
    const r = exampleResult('ceseda-l425-10', change);
    expect(r.status).toBe('not-eligible');
    expect(r.verifyNotes).not.toContain('sick-foreigner-bills');
  });
});

describe('re-flagging one register line', () => {
  const flag = (ref: ArticleRef, entry: object) => {
    const saved = ARTICLES[ref];
    (ARTICLES as Record<string, object>)[ref] = { ...saved, ...entry };
    return () => { (ARTICLES as Record<string, object>)[ref] = saved; };
  };
  /** With no answer every card is open and keeps its whole tree: a card carries the note iff it cites the article. */
  const carrying = (note: string) => evaluate({}, { asOf: EXAMPLE_AS_OF }).results.filter((r) => r.verifyNotes.includes(note)).map((r) => r.id).sort();
  const citing = (ref: ArticleRef) => CATALOGUE.filter((c) => cardArticles(c).has(ref)).map((c) => c.id).sort();

  it.each([
    ['CESEDA L423-7', { verify: true }],
    ['CESEDA L421-9', { confidence: 'L' }],
  ] as const)('%s flagged: its note on exactly the cards citing it, and on none before', (ref, entry) => {
    const note = articleVerifyNoteId(ref);
    expect(carrying(note)).toEqual([]);
    const restore = flag(ref, entry);
    try {
      expect(citing(ref).length).toBeGreaterThan(0);
      expect(carrying(note)).toEqual(citing(ref));
    } finally {
      restore();
    }
    expect(carrying(note)).toEqual([]);
  });
});

describe('every note the register can give has its text in every language', () => {
  for (const lang of LANGS) {
    it(lang, () => {
      const dict = readLanguage(lang);
      const missing = [...registerNotes].filter((id) => !lookup(dict, `verify.${id}`)?.trim() && !lookup(dict, `ui.verifyCommon.${id}`)?.trim());
      expect(missing).toEqual([]);
    });
  }
  it('the flagged entries are those legal/ marks: ⚠ 6 talent numbers, L426-10, L425-9, L435-2, L435-4, AFT 7 ter b (L)', () => {
    const flagged = REFS.filter((r) => articleVerifyNote(r) !== undefined);
    expect(flagged).toEqual(expect.arrayContaining(['CESEDA L421-16', 'CESEDA L421-19', 'CESEDA L421-20', 'CESEDA L421-21', 'CESEDA L426-10', 'CESEDA L425-9', 'CESEDA L435-2', 'CESEDA L435-4', 'AFT 7ter-b']));
  });
});
