/**
 * What a person sees at the top of a screen of several questions (components/ScreenForm.tsx): the chapter caption,
 * then the screen's heading. The first screen showed "Vous" above "Vous" in French ("You" above "You" in English):
 * a heading says something the caption does not, in every language.
 */
import { describe, expect, it } from 'vitest';
import { FACTS, SCREENS } from '../rules';
import { specFacts } from '../rules/screens';
import { LANGS, lookup, readLanguage } from '../locales';

describe.each(LANGS)('%s: screen headings', (lang) => {
  const m = readLanguage(lang);
  it('no screen repeats its chapter caption as its heading', () => {
    const same = SCREENS.filter((sc) => sc.kind !== 'checklist').filter((sc) => {
      const chapter = lookup(m, `ui.chapters.${FACTS[specFacts(sc)[0]!].chapter}`)?.trim().toLowerCase();
      return chapter && chapter === lookup(m, `screens.${sc.id}.title`)?.trim().toLowerCase();
    });
    expect(same.map((sc) => sc.id)).toEqual([]);
  });
});
