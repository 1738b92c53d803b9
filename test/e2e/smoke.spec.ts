/// <reference types="chrome" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_EXTENSION_DIR, EXTENSION_DIR, expect, test } from './fixtures';

/** Every script of a build, as one string. */
function scripts(dir: string): string {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

test('the built manifest is MV3 with only the agreed permissions and an explicit CSP', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual([
    'activeTab',
    'alarms',
    'contextMenus',
    'scripting',
    'sidePanel',
    'storage',
    'unlimitedStorage',
  ]);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.content_security_policy.extension_pages).toBe(
    "script-src 'self'; object-src 'self'",
  );
});

test('the test seams are only in the e2e build', () => {
  // vite.config.ts and src/background/index.ts: the e2e build answers test:menu-click.
  expect(scripts(E2E_EXTENSION_DIR)).toContain('test:menu-click');
  expect(scripts(EXTENSION_DIR)).not.toContain('test:menu-click');
  expect(scripts(EXTENSION_DIR)).not.toContain('test:command');
});

test('the service worker starts and answers a typed message', async ({
  serviceWorker,
  extensionUrl,
  context,
}) => {
  expect(serviceWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\//);
  const page = await context.newPage();
  await page.goto(extensionUrl('src/popup/index.html'));
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  // The worker reports the manifest's version, which the build takes from package.json.
  const { version } = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'),
  );
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  expect(reply).toEqual({ ok: true, version });
});

test('the popup renders and explains why a tab that is no web page cannot be clipped', async ({
  context,
  serviceWorker,
  extensionUrl,
}) => {
  // The tab is named (the ?tab= seam), not taken as the active one: which tab a test
  // browser holds active while a new page loads is a race. It shows one of the
  // extension's own pages. Whether the extension may read that address differs between
  // Chromium releases, so the expected words follow what this one gives.
  const shown = await context.newPage();
  await shown.goto(extensionUrl('src/options/index.html'));
  const tabId = await shown.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  const seen = await serviceWorker.evaluate(
    async (id) => (await chrome.tabs.get(id)).url ?? '',
    tabId as number,
  );
  const page = await context.newPage();
  await page.goto(extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await expect(page.getByRole('heading', { name: 'Digest Clipper' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    seen ? /Only web pages \(http and https\) can be clipped/ : /no address that can be clipped/,
  );
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden();
});

test('the options page renders the default categories from IndexedDB', async ({
  context,
  extensionUrl,
}) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('src/options/index.html'));
  // The section list beside the outline: each label with its clip count.
  const categories = page.getByRole('navigation', { name: 'Sections' }).getByRole('listitem');
  await expect(categories).toHaveText([
    /^✨ New Features\s*0$/,
    /^👀 Notable Articles\s*0$/,
    /^🛠️ Tools, Frameworks, Libraries\s*0$/,
  ]);
});
