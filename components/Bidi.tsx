/**
 * Arabic text that quotes French or Latin snippets ("رسم الطابع (droit de timbre)", "ANEF", a web address):
 * each Latin run is isolated in <bdi lang="fr" dir="ltr">, so the brackets, colons and amounts around it
 * keep the Arabic order instead of jumping to the other side. Text without Arabic letters is returned as is.
 */
import { Fragment, type ReactNode } from 'react';

const ARABIC = /[\u0600-\u06ff]/;
// A Latin run: starts and ends with a letter or digit, may hold spaces, apostrophes, dots, hyphens and slashes inside.
const LATIN_RUN = /[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ0-9'’.\-/ ]*[A-Za-zÀ-ÖØ-öø-ÿŒœ0-9]|[A-Za-zÀ-ÖØ-öø-ÿŒœ]/g;

export function isolateLatin(text: string): ReactNode {
  if (!text || !ARABIC.test(text)) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(
      <bdi key={at} lang="fr" dir="ltr">
        {m[0]}
      </bdi>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <Fragment>{out}</Fragment>;
}
