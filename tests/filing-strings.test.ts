/** Every document of the catalogue has a name and a proof line in fr, en and ar (any locale file), and checklist.json keys match across languages. */
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../rules';
import { leafKeys, readLanguage, LANGS } from '../locales';
import fr from '../locales/fr/checklist.json';
import en from '../locales/en/checklist.json';
import ar from '../locales/ar/checklist.json';

describe('checklist strings', () => {
  for (const lang of LANGS) {
    it(`${lang}: every document id has a name and a proof`, () => {
      const m = readLanguage(lang) as { documents?: Record<string, { name?: string; proof?: string } | string> };
      const missing = Object.keys(DOCUMENTS).filter((id) => {
        const v = m.documents?.[id];
        return !v || typeof v === 'string' || !v.name || !v.proof;
      });
      expect(missing).toEqual([]);
    });
  }

  it('checklist.* keys are the same in fr, en and ar', () => {
    const keys = (x: object) => leafKeys((x as { checklist: object }).checklist as never).sort();
    expect(keys(en)).toEqual(keys(fr));
    expect(keys(ar)).toEqual(keys(fr));
  });
});
