/** Server side (build time): one i18next instance per language, initialised synchronously (initAsync: false) so exported HTML is translated. */
import { createInstance, type i18n } from 'i18next';
import type { Messages } from '../../locales/types';

export function createI18n(lang: string, messages: Messages): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: messages } },
    initAsync: false,
    interpolation: { escapeValue: false },
    nsSeparator: false,
    keySeparator: '.',
    returnNull: false,
    returnEmptyString: false,
    // French already fills gaps (locales/index.ts); a key missing everywhere shows nothing, never the raw key.
    parseMissingKeyHandler: () => '',
  });
  return instance;
}
