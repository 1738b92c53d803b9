import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * axe-core's findings on the page as it is now, one line each (rule, impact, where), so a
 * failure names what to fix. Every rule axe runs by default: WCAG 2.x A and AA and its
 * best practices (landmarks, heading order), not the experimental ones.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${label}: ${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ')}`,
    ),
  );
}
