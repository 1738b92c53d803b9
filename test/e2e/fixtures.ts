import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { chromiumPath, QUIET_FLAGS } from './chromium';
import {
  languageArgs,
  languageEnv,
  playwrightLocale,
  type UiLanguage,
  writeLanguagePrefs,
} from './language';

/** The product build: what users load. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');
/** The product plus host access to 127.0.0.1 (see vite.config.ts): for tests that clip pages. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome-e2e');

interface ExtensionFixtures {
  extensionDir: string;
  /** The browser's language; English unless a test asks for `ja` (see language.ts). */
  uiLanguage: UiLanguage;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extensionUrl: (path: string) => string;
}

/** A fresh profile with the built extension loaded, per test. */
export const test = base.extend<ExtensionFixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  // Pinned, so tests that read English labels pass on a machine set to any language.
  uiLanguage: ['en', { option: true }],
  context: async ({ extensionDir, uiLanguage }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'digest-e2e-'));
    writeLanguagePrefs(profile, uiLanguage);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      env: languageEnv(uiLanguage),
      locale: playwrightLocale(uiLanguage),
      args: [
        ...QUIET_FLAGS,
        ...languageArgs(uiLanguage),
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((path) => `chrome-extension://${extensionId}/${path}`);
  },
});

export const expect = test.expect;
