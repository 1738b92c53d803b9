import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
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
 *   been generally available since 109). Debian's firefox-esr has been 153 or 140.12
 *   on this project's machines; a test checks that the minimum is not above the
 *   installed ESR.
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

// Chrome and Firefox load `modulepreload` themselves; Vite's polyfill for older browsers
// was one more script every page loaded first.
const modulePreload = { polyfill: false };

const POPUP_PAGE = manifest.action.default_popup;

/**
 * The popup is built on its own, after CRXJS has built everything else into the same
 * folder, so that its first script is one file: in one build a module the popup shares
 * with another page (the i18n, the model) lands in a chunk of its own, one more load
 * before the form works, and a bundler cannot copy it into both. Built alone, all the
 * first script imports is in its file, and the second stage (rest.ts) imports from it.
 * Its styles are inlined into the page (extension CSP restricts scripts, not styles),
 * so the first script does not wait on a stylesheet either. Together that was 5–6 ms of
 * the popup's 49 on the bench's machine (docs/benchmarks.md). `vite` (dev) still serves
 * the popup through CRXJS.
 */
function popupBuild(outDir: string, target: string): Plugin {
  let mode = 'production';
  return {
    name: 'digest-clipper:popup',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      mode = config.mode;
    },
    async writeBundle() {
      // CRXJS has written the manifest it was given: the popup is named once it exists.
      const file = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8'));
      built.action = { ...built.action, default_popup: POPUP_PAGE };
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
      await build({
        configFile: false,
        mode,
        logLevel: 'warn',
        publicDir: false,
        plugins: [inlineStyles, renderBlockingEntry],
        build: {
          outDir,
          emptyOutDir: false,
          target,
          modulePreload,
          rolldownOptions: { input: POPUP_PAGE },
        },
      });
    },
  };
}

/** Each stylesheet the page links becomes a `<style>` in it, and leaves the build. */
const inlineStyles: Plugin = {
  name: 'digest-clipper:inline-styles',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle }) {
      return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g, (tag, file) => {
        const css = bundle?.[file];
        if (css?.type !== 'asset') return tag;
        delete bundle?.[file];
        return `<style>${String(css.source).trim()}</style>`;
      });
    },
  },
};

/**
 * The page's module is render-blocking (`blocking="render"`; Vite writes the entry's tag
 * anew and drops attributes it does not know, so it is added here). Chromium then paints
 * nothing before the first script has run: the first frame has the words, the remembered
 * categories and the focus, and it no longer comes between the script's fetch and its run.
 * In two comparisons within one run the filled form came at 1.18x and 1.21x of a page
 * that runs one script, against 1.39x and 1.44x before, and no frame showed the form
 * unfilled (docs/benchmarks.md). Firefox does not know the attribute and paints as before.
 */
const renderBlockingEntry: Plugin = {
  name: 'digest-clipper:render-blocking-entry',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        /<script type="module"(?![^>]*\bblocking=)/g,
        '<script type="module" blocking="render"',
      ),
  },
};

type Command = 'build' | 'serve';

/**
 * What CRXJS is given: for `vite build` the manifest without the popup, which popupBuild
 * builds and adds back; for `vite` (dev) all of it, so CRXJS serves the popup too.
 */
function forCrx<M extends { action: Record<string, unknown> }>(built: M, command: Command): M {
  if (command === 'serve') return built;
  const { default_popup: _built, ...action } = built.action;
  return { ...built, action };
}

/** The Chrome extension, built by CRXJS from the static manifest. */
function chrome(command: Command, outDir: string, extra: Record<string, unknown> = {}): UserConfig {
  return {
    plugins: [
      preact(),
      crx({ manifest: forCrx({ ...chromeManifest, ...extra }, command) }),
      popupBuild(outDir, 'chrome116'),
    ],
    build: { outDir, emptyOutDir: true, target: 'chrome116', modulePreload },
    server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
  };
}

/** The Firefox extension: the same sources, the Firefox-shaped manifest above. */
function firefox(
  command: Command,
  outDir: string,
  extra: Record<string, unknown> = {},
): UserConfig {
  return {
    plugins: [
      preact(),
      crx({ manifest: forCrx({ ...firefoxManifest, ...extra }, command), browser: 'firefox' }),
      popupBuild(outDir, 'firefox140'),
    ],
    // CRXJS builds the pages a manifest names, but does not know `sidebar_action`.
    build: {
      outDir,
      emptyOutDir: true,
      target: 'firefox140',
      modulePreload,
      rolldownOptions: { input: { sidepanel: sidePanel.default_path } },
    },
    server: { port: 5174, strictPort: true, cors: { origin: [/moz-extension:\/\//] } },
  };
}

/**
 * Test seam: the same extension with host access to 127.0.0.1, because a popup that a
 * test opens is not granted activeTab for the page it clips. Never shipped.
 */
const TEST_HOSTS = { host_permissions: ['http://127.0.0.1/*'] };

/**
 * Modes: default → dist/chrome, `firefox` → dist/firefox, `cli` → dist/cli, and the
 * test-only `e2e` → dist/chrome-e2e and `firefox-e2e` → dist/firefox-e2e: both with host
 * access to 127.0.0.1 and the menu/shortcut message seam; the Firefox one's background
 * also opens the workspace on install (src/background/firefox-seam.ts).
 */
export default defineConfig(({ mode, command }) => {
  switch (mode) {
    case 'cli':
      return cli;
    case 'e2e':
      return chrome(command, 'dist/chrome-e2e', TEST_HOSTS);
    case 'firefox':
      return firefox(command, 'dist/firefox');
    case 'firefox-e2e':
      return firefox(command, 'dist/firefox-e2e', TEST_HOSTS);
    default:
      return chrome(command, 'dist/chrome');
  }
});
