import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../rules/catalogue';
import { DOCUMENTS } from '../rules/documents';
import type { Condition } from '../rules/logic';
import { PARAMS } from '../rules/params';
import { ARTICLES, cardArticles, cardVerifiedOn, isArticleRef, type ArticleEntry, type ArticleRef, type Register } from '../rules/references';
import { evaluate } from '../rules';

const REFS = Object.keys(ARTICLES) as ArticleRef[];
const LEGAL = join(__dirname, '../../shared/legal');

/** Every `ref` of a condition tree, as the tree holds it (not through the register's own walker). */
function refsOf(c: Condition, out: string[] = []): string[] {
  if (c.ref !== undefined) out.push(c.ref);
  if (c.kind === 'all' || c.kind === 'any') c.of.forEach((x) => refsOf(x, out));
  if (c.kind === 'not') refsOf(c.of, out);
  return out;
}

describe('the register of articles (rules/references.ts)', () => {
  it('holds every article the cards cite: legal bases, every condition node, implicit refusals', () => {
    const missing: string[] = [];
    for (const card of CATALOGUE) {
      for (const r of [...card.legalBasis, ...refsOf(card.conditions), ...(card.implicitRefusal ? [card.implicitRefusal.ref] : [])]) {
        if (!isArticleRef(r)) missing.push(`${card.id}: ${r}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds every document and parameter reference, and every step reference', () => {
    const refs = [
      ...Object.values(DOCUMENTS).map((d) => d.ref),
      ...Object.values(PARAMS).flatMap((p) => [p.ref, ...p.steps.map((s) => s.ref)]),
    ];
    expect(refs.filter((r) => !isArticleRef(r))).toEqual([]);
  });

  it('gives every CESEDA article its Légifrance id or a note saying why there is none', () => {
    const bad = REFS.filter((k) => k.startsWith('CESEDA ')).filter((k) => {
      const e = ARTICLES[k] as { officialId?: string; note?: string };
      return !e.officialId && !e.note;
    });
    expect(bad).toEqual([]);
  });

  it('writes ids in Légifrance form (LEGIARTI / JORFTEXT + 12 digits) or as a CELEX number', () => {
    for (const k of REFS) {
      const id = (ARTICLES[k] as { officialId?: string }).officialId;
      if (id !== undefined) expect(id, k).toMatch(/^(?:(?:LEGIARTI|JORFTEXT)\d{12}|CELEX \d{5}L\d{4})$/);
    }
  });

  it("sets an article's Légifrance id only where it is that article's id (legal/ names it; 042776902 is L411-4, not L433-4)", () => {
    // Ids whose article legal/ names beside them ("LEGIARTI… (R233-9)"), plus ids checked against the published
    // article: LEGIARTI000042776902 is cited by legal/ X6 without an article and is L411-4 (length of the CSP).
    const legal = readdirSync(LEGAL).map((f) => readFileSync(join(LEGAL, f), 'utf8')).join('\n');
    const named = new Map<string, string>([['LEGIARTI000042776902', 'L411-4']]);
    for (const m of legal.matchAll(/(LEGIARTI\d{12}) \((?:the )?([LR]\d+(?:-\d+)*)\b/g)) named.set(m[1]!, m[2]!);
    const wrong = REFS.flatMap((k) => {
      const e = ARTICLES[k] as ArticleEntry;
      const article = e.officialId ? named.get(e.officialId) : undefined;
      return article !== undefined && article !== e.article ? [`${k}: ${e.officialId} is ${article}`] : [];
    });
    expect(wrong).toEqual([]);
    expect((ARTICLES['CESEDA L433-4'] as ArticleEntry).officialId).toBeUndefined();
  });

  it('gives no two entries the same article id (an accord or a directive may share its text id)', () => {
    const byId = new Map<string, string[]>();
    for (const k of REFS) {
      const id = (ARTICLES[k] as ArticleEntry).officialId;
      if (id?.startsWith('LEGIARTI')) byId.set(id, [...(byId.get(id) ?? []), k]);
    }
    expect([...byId].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });

  it('records where every id was read', () => {
    const unsourced = REFS.filter((k) => {
      const e = ARTICLES[k] as ArticleEntry;
      return e.officialId !== undefined && !e.idSource?.trim();
    });
    expect(unsourced).toEqual([]);
  });

  it('keeps the ids of the 2021 recodification in Légifrance order (they run down as article numbers go up)', () => {
    // The ordonnance and the décret of 16 Dec 2020 numbered their articles in descending id order
    // (L411-4 …776902, L423-16 …776609, L426-21 …776436, L436-1 …776300; R431-5 …806998).
    // An id out of that order is another article's (the register once gave L433-4 the id of L411-4).
    const num = (a: string) => a.slice(1).split('-').map(Number);
    const before = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? -1) !== (b[i] ?? -1)) return (a[i] ?? -1) < (b[i] ?? -1);
      return false;
    };
    for (const part of ['L', 'R']) {
      const rows = REFS.map((k) => ARTICLES[k] as ArticleEntry)
        .filter((e) => e.text === 'CESEDA' && e.article?.startsWith(part) && /^LEGIARTI00004277\d{4}$|^LEGIARTI00004280\d{4}$/.test(e.officialId ?? ''))
        .sort((a, b) => (before(num(a.article!), num(b.article!)) ? -1 : 1));
      expect(rows.length, part).toBeGreaterThan(part === 'L' ? 10 : 2);
      for (let i = 1; i < rows.length; i++) {
        expect(Number(rows[i]!.officialId!.slice(8)), `${rows[i - 1]!.article} → ${rows[i]!.article}`).toBeLessThan(Number(rows[i - 1]!.officialId!.slice(8)));
      }
    }
  });

  it('keys a CESEDA article by its own number (the key and the citation words agree)', () => {
    for (const k of REFS.filter((r) => r.startsWith('CESEDA '))) expect(k).toBe(`CESEDA ${(ARTICLES[k] as ArticleEntry).article}`);
  });

  it('dates every entry, and the articles re-checked on 2026-12-03 (issues 12 and 13) keep that date', () => {
    for (const k of REFS) expect(['2026-11-22', '2026-12-03'], k).toContain(ARTICLES[k].verifiedOn);
    for (const k of ['CESEDA L421-1', 'CESEDA L421-3', 'CESEDA L426-1', 'CESEDA L435-4', 'CESEDA L423-23', 'CESEDA L435-1', 'AFA 6-5', 'AFA 7ter', 'CESEDA L433-4', 'CESEDA R431-5', 'CESEDA L731-1', 'CESEDA L233-1'] as const) {
      expect(ARTICLES[k].verifiedOn, k).toBe('2026-12-03');
    }
  });

  it('every text legal/README "Corrections of 2026-12-03" rests on carries that date (the two CE opinions included)', () => {
    const corrections = [
      'CESEDA L421-1', 'CESEDA L421-3', // 1 (W-1, W-2)
      'CESEDA L426-1', 'Code civil 21-7', // 2 (CR-12)
      'CESEDA L433-1', 'CESEDA L433-1-1', 'CESEDA L433-4', 'CESEDA L413-7', 'CESEDA R433-5', // 3 (X5, X6)
      'CESEDA L423-7', // 4 (VPF-3)
      'CESEDA L423-23', 'CESEDA L435-1', // 5
      'Directive 2004/38 art. 37', // 6 (eu-family.md flow step 4)
      'CE avis 2 Mar 2012 n° 355208', // 7 (TN-11, added that day)
      'CESEDA L413-3', 'CESEDA R413-15', // 8 (X5)
      'CE avis 22 Mar 2010 n° 333679', // 9 (DZ-GEN: the accord stays the national regime of an Algerian EU family member)
      'AFA 7ter', 'AFA 6-5', // 10 (DZ-E7)
    ] as const;
    expect(corrections.filter((k) => ARTICLES[k].verifiedOn !== '2026-12-03')).toEqual([]);
  });
});

describe("a card's verified-on date, derived from its articles", () => {
  it('is the oldest date among the articles its legal basis and conditions cite', () => {
    for (const card of CATALOGUE) {
      const dates = [...cardArticles(card)].map((r) => ARTICLES[r].verifiedOn).sort();
      expect(cardVerifiedOn(card), card.id).toBe(dates[0]);
    }
  });

  it('is what evaluate reports for each card', () => {
    const out = evaluate({ nationality: 'other' }, { asOf: '2026-12-03' });
    for (const r of out.results) expect(r.verifiedOn, r.id).toBe(cardVerifiedOn(CATALOGUE.find((c) => c.id === r.id)!));
  });

  it('moves for exactly the cards citing an article when that one register line changes', () => {
    const changed = (article: ArticleRef, date: string) => {
      const register = { ...ARTICLES, [article]: { ...ARTICLES[article], verifiedOn: date } } as Register;
      return CATALOGUE.filter((c) => cardVerifiedOn(c, register) !== cardVerifiedOn(c)).map((c) => c.id).sort();
    };
    const citing = (article: ArticleRef) => CATALOGUE.filter((c) => cardArticles(c).has(article)).map((c) => c.id).sort();
    for (const article of ['CESEDA L423-7', 'AFA 6-5', 'CESEDA L426-10', 'CESEDA L413-7', 'CESEDA L110-1'] as const) {
      // An older check of this one article: every card citing it gets that date, and no other card moves.
      expect(changed(article, '2025-01-01'), article).toEqual(citing(article));
      expect(citing(article).length, article).toBeGreaterThan(0);
    }
  });

  it('a re-check of every article of a card moves that card to the new date', () => {
    const card = CATALOGUE.find((c) => c.id === 'ceseda-l435-1')!;
    const register = { ...ARTICLES } as Record<ArticleRef, { verifiedOn: string }>;
    for (const a of cardArticles(card)) register[a] = { verifiedOn: '2027-03-01' };
    expect(cardVerifiedOn(card, register as Register)).toBe('2027-03-01');
  });
});
