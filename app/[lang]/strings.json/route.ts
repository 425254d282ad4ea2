/**
 * The checklist and letter strings of one language (French, for the préfecture column, is /fr/strings.json), as one
 * static file per language: /<lang>/strings.json. The 98 checklist and 98 letter pages of a language
 * share it instead of each carrying a copy (about 19 kB gzip per page in Arabic), which keeps the
 * first visit — every checklist and letter page of the language, warmed for offline use whatever the
 * answers (issue 15, app/sw.ts) — under the 4 MB budget. Precached with the app shell; its path names
 * only the language.
 */
import { CATALOGUE } from '../../../rules';
import { LANGS, isLang, loadMessages, pick, type Lang } from '../../../locales';

export const dynamic = 'force-static';
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

const part = (lang: Lang) => pick(loadMessages(lang), ['checklist', 'documents', 'ui.duration', ...CATALOGUE.map((c) => `cards.${c.id}.name`)]);

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const raw = (await params).lang;
  const lang: Lang = isLang(raw) ? raw : 'fr';
  // French (the préfecture's column) is /fr/strings.json, fetched beside it: one copy in the precache, not six.
  return Response.json({ mine: part(lang), fr: null });
}
