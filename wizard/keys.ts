/** The localStorage key of the saved answers (kept apart so light pages need not load the rules). */
export const STORAGE_KEY = 'sesame.answers';
/** Saved answers that could not be read, set aside (never deleted silently) until the person downloads or deletes them. */
export const UNREADABLE_KEY = 'sesame.answers.unreadable';

/**
 * The name and id of a form control that holds a personal answer: opaque, so that browsers' autofill
 * and autocomplete (which learn from a field's name and id: "birthDate", "postcode", "day") never store
 * or offer a person's answers on this or another site (issue 15). Stable per fact, so labels and
 * error links still work. Always paired with autoComplete="off".
 */
export function privateName(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return `x${h.toString(36)}`;
}

/** Names of the question page's date parts and text field (read back by FormData): nothing a browser learns. */
export const DATE_PART_NAMES = { day: 'xd', month: 'xm', year: 'xy' } as const;
export const VALUE_NAME = 'xv';
