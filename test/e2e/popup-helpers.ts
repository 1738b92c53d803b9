import type { Page } from '@playwright/test';

/**
 * Unfolds the popup's page details (page title, URL, description), which sit folded below
 * the comment; a person opens them the same way, with a click on their summary.
 */
export async function showPageDetails(popup: Page): Promise<void> {
  const details = popup.locator('#page-details');
  if (await details.evaluate((element) => (element as HTMLDetailsElement).open)) return;
  await details.locator('summary').click();
}
