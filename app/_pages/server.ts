/** Server-only helpers (build time): the dictionary of one language and a t() over it. */
import type { Metadata } from 'next';
import { isLang, loadMessages, pick, intlLocales, localDigits, type Lang, type Messages } from '../../locales';
import { createI18n } from './i18n';

type ServerT = ReturnType<typeof createI18n>['t'];
const serverTs = new Map<Lang, ServerT>();

/**
 * t() of one language at build time. Plural forms follow the Intl locale of the language table (Dari's route is
 * prs, its plural rules fa's), and a number put into a sentence is written in the language's digits.
 */
export function serverT(lang: Lang): ServerT {
  let t = serverTs.get(lang);
  if (!t) {
    // i18next takes the plain tag (its code formatting does not know Unicode extensions).
    const base = createI18n(intlLocales(lang)[0]!.split('-u-')[0]!, loadMessages(lang)).t;
    const wrapped = (key: string | string[], options?: Record<string, unknown>) => {
      if (!options) return base(key);
      const local = Object.fromEntries(
        Object.entries(options).map(([k, v]) => [k, typeof v === 'number' && k !== 'count' ? localDigits(String(v), lang) : v]),
      );
      const out: unknown = base(key, local as never);
      // count chooses the plural form, so it stays a number for i18next; its digits are localised in the text.
      return typeof out === 'string' && typeof options.count === 'number' ? out.replace(String(options.count), localDigits(String(options.count), lang)) : out;
    };
    t = wrapped as unknown as ServerT;
    serverTs.set(lang, t);
  }
  return t;
}

/** The params of a page under [lang]/. */
export type LangParams = Promise<{ lang: string }>;

/** The page's language (dynamicParams is false: only the table's languages are built; French otherwise). */
export async function pageLang(params: LangParams): Promise<Lang> {
  const l = (await params).lang;
  return isLang(l) ? l : 'fr';
}

/** generateMetadata of a page whose title is one string (`extra`: e.g. the volunteer pages are not indexed). */
export function titleMetadata(key: string, extra: Metadata = {}) {
  return async ({ params }: { params: LangParams }): Promise<Metadata> => ({ title: serverT(await pageLang(params))(key), ...extra });
}

/** The strings a client page needs: the UI, plus the given sections or keys. */
export function clientMessages(lang: Lang, extra: readonly string[] = []): Messages {
  return pick(loadMessages(lang), ['ui', ...extra]);
}

/**
 * UI sections that only the results, check and checklist pages show. A question page leaves them out: its strings are
 * written into every one of the ~150 question pages of each language, which the offline warm-up downloads whatever
 * the answers (README "Offline": first-visit budget 4 MB gzip).
 */
const RESULTS_ONLY_UI = [
  'results', 'alerts', 'fees', 'deadlines', 'referrals', 'heldTitle', 'kind', 'status', 'conditionStatus', 'channels',
  'warningsCommon', 'verifyCommon',
  // The start page's and the check page's own texts, the help contacts (results), and what the layout words on the
  // server and hands to its components as props (issue 14: the screen pages made the warm-up heavier).
  'start', 'check', 'help', 'footer', 'review', 'site', 'update', 'erase', 'documentGroups',
  // The old one-question progress line (the pages say screens.progress) and the page title (metadata, on the server).
  'progress', 'question',
];

/** The strings of a question page: the UI without the results-only sections, plus the given sections or keys. */
export function questionMessages(lang: Lang, extra: readonly string[] = []): Messages {
  const all = clientMessages(lang, extra);
  const ui = { ...(all.ui as Record<string, unknown>) };
  for (const section of RESULTS_ONLY_UI) delete ui[section];
  return { ...all, ui } as Messages;
}

/**
 * The page's Content-Security-Policy (a <meta>, moved before every script by scripts/csp-first.mjs).
 * form-action 'none': a form submitted before the page's script runs would otherwise put the answers in
 * a URL (history, the host's logs); no form of the site is ever submitted to a server. No 'unsafe-eval'.
 * frame-ancestors cannot be set in a <meta>: the host sends it (README, "Deploying").
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
