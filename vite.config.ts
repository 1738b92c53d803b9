import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// The store version comes from package.json so the two never drift.
const chromeManifest = { ...manifest, version: pkg.version };

/**
 * Firefox reads the same manifest with these differences (docs/firefox.md):
 * - `background.scripts` (an event page): Firefox has no extension service workers.
 *   CRXJS (`browser: 'firefox'`) takes `scripts[0]` as the entry and writes its loader.
 * - `browser_specific_settings.gecko.id`: AMO, updates and the user's stored clips follow
 *   it, so it never changes once published. Email-style (one of the two forms AMO takes);
 *   `.example` is a reserved TLD that no one else can claim.
 * - `strict_min_version` 140.0, the ESR 140 line: the first release that knows
 *   `data_collection_permissions` (web-ext lint checks this), and well past what the rest
 *   needs: MV3 with event pages, `action`, module background scripts, `scripting`, and
 *   menus created in `onInstalled` that persist while the event page sleeps (MV3 has
 *   been generally available since 109). Debian serves ESR 153; a test checks that the
 *   minimum is not above the installed ESR.
 * - `data_collection_permissions: { required: ['none'] }`: nothing leaves the browser.
 *   (Firefox for Android needs 142 for it: see `gecko_android`.)
 * - The side panel is `sidebar_action` (Chrome's `side_panel` and `sidePanel` permission
 *   are unknown to Firefox), and its shortcut is Firefox's own `_execute_sidebar_action`,
 *   which opens the sidebar inside the user's gesture without the worker.
 * `minimum_chrome_version` is Chrome's alone; the other permissions, CSP and commands are shared.
 */
const {
  minimum_chrome_version: _chromeOnly,
  background: _worker,
  side_panel: sidePanel,
  permissions,
  commands: { 'open-side-panel': openSidePanel, ...commands },
  ...shared
} = chromeManifest;
const FIREFOX_ID = 'digest-clipper@digest-clipper.example';
const firefoxManifest = {
  ...shared,
  permissions: permissions.filter((name) => name !== 'sidePanel'),
  commands: { ...commands, _execute_sidebar_action: openSidePanel },
  sidebar_action: {
    default_panel: sidePanel.default_path,
    default_title: '__MSG_sidePanelTitle__',
    open_at_install: false,
  },
  background: { scripts: [manifest.background.service_worker], type: 'module' },
  browser_specific_settings: {
    gecko: {
      id: FIREFOX_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none' as const] },
    },
    // Firefox for Android learnt data_collection_permissions in 142. The menus and
    // shortcuts are desktop-only, but an Android install must not skip the consent.
    gecko_android: { strict_min_version: '142.0' },
  },
};

/** The command line: one self-contained ES module for Node, dependencies bundled in. */
const cli: UserConfig = {
  publicDir: false,
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'digest-clipper.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
};

/**
 * The popup's first script and everything it imports statically in one chunk: each
 * further module file is another load before the form works (a fifth of the popup's
 * time on the bench's machine). Other pages that share a module of it load this chunk
 * instead; it is a few KB. The second stage (rest.ts) is imported dynamically and stays out.
 */
const POPUP_FIRST =
  /src\/popup\/(dom|ext|form|remembered|save|state)\.ts$|src\/ui\/i18n\.ts$|src\/core\/(model|capture|title)\.ts$|vite\/preload-helper/;
const output = {
  codeSplitting: { groups: [{ name: 'popup-first', test: POPUP_FIRST, priority: 10 }] },
};
// Chrome and Firefox load `modulepreload` themselves; Vite's polyfill for older browsers
// was one more script every page loaded first.
const modulePreload = { polyfill: false };

/** The Chrome extension, built by CRXJS from the static manifest. */
function chrome(outDir: string, extra: Record<string, unknown> = {}): UserConfig {
  return {
    plugins: [preact(), crx({ manifest: { ...chromeManifest, ...extra } })],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome116',
      modulePreload,
      rolldownOptions: { output },
    },
    server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
  };
}

/** The Firefox extension: the same sources, the Firefox-shaped manifest above. */
function firefox(outDir: string, extra: Record<string, unknown> = {}): UserConfig {
  return {
    plugins: [preact(), crx({ manifest: { ...firefoxManifest, ...extra }, browser: 'firefox' })],
    // CRXJS builds the pages a manifest names, but does not know `sidebar_action`.
    build: {
      outDir,
      emptyOutDir: true,
      target: 'firefox140',
      modulePreload,
      // One options object: Vite takes rolldownOptions over rollupOptions, so an input
      // given in the latter was dropped once the chunk groups were added here.
      rolldownOptions: { input: { sidepanel: sidePanel.default_path }, output },
    },
    server: { port: 5174, strictPort: true, cors: { origin: [/moz-extension:\/\//] } },
  };
}

/**
 * Test seam: the same extension with host access to 127.0.0.1, because a popup that a
 * test opens is not granted activeTab for the page it clips. Never shipped.
 */
const TEST_HOSTS = { host_permissions: ['http://127.0.0.1/*'] };
const e2e = () => chrome('dist/chrome-e2e', TEST_HOSTS);

/**
 * Modes: default → dist/chrome, `firefox` → dist/firefox, `cli` → dist/cli, and the
 * test-only `e2e` → dist/chrome-e2e and `firefox-e2e` → dist/firefox-e2e: both with host
 * access to 127.0.0.1 and the menu/shortcut message seam; the Firefox one's background
 * also opens the workspace on install (src/background/firefox-seam.ts).
 */
export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'cli':
      return cli;
    case 'e2e':
      return e2e();
    case 'firefox':
      return firefox('dist/firefox');
    case 'firefox-e2e':
      return firefox('dist/firefox-e2e', TEST_HOSTS);
    default:
      return chrome('dist/chrome');
  }
});
