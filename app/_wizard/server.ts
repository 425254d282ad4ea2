/** Server-only helpers (build time): the dictionary of one language and a t() over it. */
import { loadMessages, pick, type Lang, type Messages } from '../../locales';
import { createI18n } from './i18n';

export function serverT(lang: Lang) {
  return createI18n(lang, loadMessages(lang)).t;
}

/** The strings a client page needs: the UI, plus the given sections or keys. */
export function clientMessages(lang: Lang, extra: readonly string[] = []): Messages {
  return pick(loadMessages(lang), ['ui', ...extra]);
}

/**
 * The page's Content-Security-Policy (a <meta>, moved before every script by scripts/csp-first.mjs).
 * form-action 'none': a form submitted before the page's script runs would otherwise put the answers in
 * a URL (history, the host's logs); no form of the site is ever submitted to a server. No 'unsafe-eval'.
 * frame-ancestors cannot be set in a <meta>: the host sends it (README, "Deploying").
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
