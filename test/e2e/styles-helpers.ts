import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { hasShared } from './workspace-helpers';

/**
 * Whether a real digest issue from ../shared/fixtures is here to test with: a local run
 * without it skips, and CI, which always has it, fails instead.
 */
export function shared(name: string): boolean {
  if (hasShared(name)) return true;
  if (['true', '1'].includes(process.env.CI ?? '')) {
    throw new Error(`../shared/fixtures/${name} is absent: CI runs the real-digest tests`);
  }
  return false;
}

export async function openStyles(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Digest and style' }).click();
  await expect(page.getByRole('heading', { name: 'Digest and style', level: 2 })).toBeVisible();
}

/** Sets the digest up from a past issue through the view, as a new editor would. */
export async function fromSample(page: Page, markdown: string, style: string): Promise<void> {
  await openStyles(page);
  await page.getByLabel('Past issue in Markdown').fill(markdown);
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'reads best as' })).toContainText(style);
  await page.getByRole('button', { name: 'Use this style and import the issue' }).click();
  await expect(page.getByText(`this digest now writes in ${style}`)).toBeVisible();
}
