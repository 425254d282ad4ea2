/**
 * Article numbers beside Arabic-script text (components/Bidi.tsx isolateLatin): on the results page the case-by-case
 * sources read "المصدر: المادة R423-5"; at 375 px the line broke after the hyphen and showed "-R423" then "5)". Such a
 * number is one left-to-right piece that never wraps (class latin-code, app/globals.css); a French name keeps wrapping.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { isolateLatin } from '../components/Bidi';

const html = (s: string) => renderToStaticMarkup(createElement(Fragment, null, isolateLatin(s)));

describe('article numbers in Arabic-script text', () => {
  it('an article number is isolated left-to-right and kept on one line', () => {
    expect(html('تعميم 23 يناير 2025؛ المادة R423-5')).toContain('<bdi lang="fr" dir="ltr" class="latin-code">R423-5</bdi>');
    expect(html('المادتان R423-5 وL423-23')).toContain('class="latin-code">L423-23</bdi>');
    expect(html('(المادة L731-1 من CESEDA)')).toContain('class="latin-code">L731-1</bdi>');
  });
  it('words and names may still wrap', () => {
    expect(html('قانون الأجانب (droit des étrangers)')).not.toContain('latin-code');
    expect(html('ANEF هنا')).not.toContain('latin-code');
  });
  it('text without Arabic letters is left as it is', () => {
    expect(html('article R423-5')).toBe('article R423-5');
  });
  it('the stylesheet keeps latin-code on one line', () => {
    expect(readFileSync('app/globals.css', 'utf8')).toMatch(/\.latin-code\s*\{[^}]*white-space:\s*nowrap/);
  });
});
