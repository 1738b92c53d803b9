import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// The store version comes from package.json so the two never drift.
const chromeManifest = { ...manifest, version: pkg.version };

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

/** The Chrome extension, built by CRXJS from the static manifest. */
function chrome(outDir: string, extra: Record<string, unknown> = {}): UserConfig {
  return {
    plugins: [preact(), crx({ manifest: { ...chromeManifest, ...extra } })],
    build: { outDir, emptyOutDir: true, target: 'chrome116' },
    server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
  };
}

/**
 * Test seam: the same extension with host access to 127.0.0.1, because a popup that a
 * test opens is not granted activeTab for the page it clips. Never shipped.
 */
const e2e = () => chrome('dist/chrome-e2e', { host_permissions: ['http://127.0.0.1/*'] });

export default defineConfig(({ mode }) =>
  mode === 'cli' ? cli : mode === 'e2e' ? e2e() : chrome('dist/chrome'),
);
