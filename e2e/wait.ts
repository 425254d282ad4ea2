/** Waits on the page's state, never on the clock (issue 16: CI on a loaded machine). */
import type { Page } from '@playwright/test';

/** Two animation frames from now: React has rendered what the last input called for, and the browser has laid it out. */
export const settled = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
