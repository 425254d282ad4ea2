/** The localStorage key of the saved answers (kept apart so light pages need not load the rules). */
export const STORAGE_KEY = 'sesame.answers';
