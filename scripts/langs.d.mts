/** Types of scripts/langs.mjs (route codes from the locales/ folders). */
export declare const LANG_CODES: string[];
