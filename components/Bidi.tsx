/**
 * Arabic-script text (Arabic, Dari, Pashto) that quotes French or Latin snippets ("رسم الطابع (droit de timbre)", "ANEF", a web address):
 * each Latin run is isolated in <bdi lang="fr" dir="ltr">, so the brackets, colons and amounts around it
 * keep the Arabic order instead of jumping to the other side. Text without Arabic letters is returned as is.
 */
import { Fragment, type ReactNode } from 'react';
import { dirOf } from '../locales/languages';

const ARABIC = /[\u0600-\u06ff]/;
// A Latin run: starts and ends with a letter or digit, may hold spaces, apostrophes, dots, hyphens and slashes inside,
// and the « » – , of official French names (Carte de séjour « vie privée et familiale » – conjoint de Français), so such
// a name stays one left-to-right piece. Brackets round a run go inside it: they then print as (…) and cannot land on
// two different lines the wrong way round.
const L = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';
const RUN = `[${L}](?:[${L}0-9'’.\\-/ ,«»–\u00a0]*[${L}0-9»])?`;
const LATIN_RUN = new RegExp(`\\(${RUN}\\)|${RUN}`, 'g');
// An article or text number (R423-5, L731-1, 2004/38): one word, kept on one line, or a break after its hyphen
// shows "R423-" and "5" on two lines, in the wrong order beside Arabic.
const CODE = /^[^\s]*\d[^\s]*$/;

export function isolateLatin(text: string): ReactNode {
  if (!text || !ARABIC.test(text)) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <bdi key={at} lang="fr" dir="ltr" className={m[0].startsWith('(') ? 'latin-aside' : CODE.test(m[0]) ? 'latin-code' : undefined}>
        {m[0]}
      </bdi>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <Fragment>{out}</Fragment>;
}

/**
 * A title's name on a page of a right-to-left `lang`. The Arabic dictionary keeps some official names in French only: such a name
 * is isolated left-to-right, so next to Arabic words (the checklist's heading) its « » and – keep their places.
 */
export function bidiName(text: string, lang: string): ReactNode {
  text = nameText(text);
  if (dirOf(lang) !== 'rtl' || !text) return text;
  if (ARABIC.test(text)) return isolateLatin(text);
  return (
    <bdi lang="fr" dir="ltr">
      {text}
    </bdi>
  );
}

/** French typography: no line break just inside « and » (a line ending in "«" reads badly). */
export function nameText(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}
