import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations (empty = pass). */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
