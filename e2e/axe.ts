/**
 * axe-core with the WCAG 2.1 A/AA rules, as every spec runs it. Only violations are detailed (`resultTypes`): axe
 * still runs every rule on every node, but stops building the full node lists of the rules that pass, which was
 * most of its time on the long results and volunteer pages of a loaded 2-core machine.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `include`: a selector to check only that part of the page. */
export const axe = (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  return builder.withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
};
