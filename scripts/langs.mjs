/**
 * The route codes of the languages, for the build scripts that cannot import TypeScript (serwist.config.mjs,
 * scripts/precache-size.mjs): one folder per language under locales/, French first. tests/languages.test.ts
 * checks that these folders are exactly the rows of the language table (locales/languages.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../locales/', import.meta.url));
export const LANG_CODES = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));
