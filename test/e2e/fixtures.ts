import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { chromiumPath, QUIET_FLAGS } from './chromium';

/** The product build: what users load. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');
/** The product plus host access to 127.0.0.1 (see vite.config.ts): for tests that clip pages. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome-e2e');

interface ExtensionFixtures {
  extensionDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  extensionUrl: (path: string) => string;
}

/** A fresh profile with the built extension loaded, per test. */
export const test = base.extend<ExtensionFixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  context: async ({ extensionDir }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'digest-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        ...QUIET_FLAGS,
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
