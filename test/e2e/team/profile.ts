/// <reference types="chrome" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import type { GitServer } from '../../git-server/server';
import { chromiumPath, QUIET_FLAGS } from '../chromium';
import { E2E_EXTENSION_DIR } from '../fixtures';
import { languageArgs, languageEnv, playwrightLocale, writeLanguagePrefs } from '../language';
import { openWorkspace } from '../workspace-helpers';

/** A second editor's browser: its own profile with the e2e build, as the fixture makes one. */
export async function launchProfile(): Promise<{
  context: BrowserContext;
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'digest-team-'));
  writeLanguagePrefs(profile, 'en');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    env: languageEnv('en'),
    locale: playwrightLocale('en'),
    args: [
      ...QUIET_FLAGS,
      ...languageArgs('en'),
      `--disable-extensions-except=${E2E_EXTENSION_DIR}`,
      `--load-extension=${E2E_EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    extensionUrl: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openTeam(
  context: BrowserContext,
  extensionUrl: (path: string) => string,
): Promise<Page> {
  const page = await openWorkspace(context, extensionUrl);
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible();
  return page;
}

export interface Connect {
  url: string;
  branch?: string;
  token?: string;
  name: string;
}

/** Fills the Team form and clicks Connect; the status says what happened. */
export async function connect(page: Page, server: GitServer, options: Connect): Promise<void> {
  await page.getByLabel('Repository URL').fill(options.url);
  await page.getByLabel('Branch').fill(options.branch ?? 'main');
  await page.getByLabel('Folder').fill('packs');
  await page.getByLabel('User name').fill(server.user);
  await page.getByLabel('Token', { exact: true }).fill(options.token ?? server.token);
  await page.getByLabel('Your name').fill(options.name);
  await page.getByRole('button', { name: 'Connect' }).click();
}

export const status = (page: Page) => page.locator('.team-status');

/** The Team view's stored repository settings and token (browser.storage.local). */
export function storedTeam(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}
