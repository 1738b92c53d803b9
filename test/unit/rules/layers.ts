import { builtinModules } from 'node:module';
import { type ImportRef, resolveSpecifier } from './source';

/**
 * Which folders of src/ each folder may import. Dependencies point one way: core is the
 * bottom and imports nothing of the project; storage sits on core; the entry points (the
 * worker, the pages, the CLI) sit on those and never on each other, so each can be built,
 * loaded and tested alone. ui/ and capture/ are code the pages share. team/ is the git
 * transport: the workspace (options) and the side panel load it, nothing else does, so
 * the git code never reaches the popup or the worker.
 */
export const LAYERS: Record<string, readonly string[]> = {
  core: ['core'],
  storage: ['storage', 'core'],
  team: ['team', 'storage', 'core'],
  ui: ['ui', 'storage', 'core'],
  capture: ['capture', 'core'],
  background: ['background', 'capture', 'ui', 'storage', 'core'],
  popup: ['popup', 'capture', 'ui', 'storage', 'core'],
  options: ['options', 'team', 'ui', 'storage', 'core'],
  sidepanel: ['sidepanel', 'team', 'ui', 'storage', 'core'],
  // The command line runs in Node over plain files: the pure model only.
  cli: ['cli', 'core'],
};

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (name: string) =>
  name.startsWith('node:') || NODE_BUILTINS.has(name.split('/')[0] ?? name);
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Packages that need a browser, an extension, a DOM or git, none of which core may assume. */
const NOT_IN_CORE = [
  'idb',
  'fake-indexeddb',
  'webextension-polyfill',
  'preact',
  'dompurify',
  'isomorphic-git',
];

/** Packages a layer may not import, as a reason, or null when the package is fine. */
function packageProblem(layer: string, specifier: string): string | null {
  const name = packageName(specifier);
  if (layer === 'core') {
    if (isNodeBuiltin(specifier)) return 'core runs in the browser too: no Node built-ins';
    if (NOT_IN_CORE.includes(name)) return `core stays free of browser and git code (${name})`;
  }
  if (layer === 'storage' && name !== 'idb') return `storage uses only idb and core (not ${name})`;
  if (layer === 'cli' && ['idb', 'webextension-polyfill', 'preact', 'dompurify'].includes(name))
    return `the CLI runs in Node, not in a browser (${name})`;
  return null;
}

/** The src/ folder a repository path is in (`src/storage` itself included), or null outside src/. */
export function layerOf(path: string): string | null {
  const match = /^src\/([^/]+)(?:\/|$)/.exec(path);
  return match?.[1] ?? null;
}

/**
 * The one file outside src/ that src/ names: src/ui/i18n.ts takes its message-key type
 * from it through `import type`, which no build bundles (test/unit/ui/i18n-messages.test.ts
 * holds every mention of it to a type-only import).
 */
const MESSAGE_KEYS = { layer: 'ui', target: 'public/_locales/en/messages.json' };

/** Why `file` may not import `ref`, or null when it may. */
export function importProblem(file: string, ref: ImportRef): string | null {
  const layer = layerOf(file);
  if (!layer) return null;
  const allowed = LAYERS[layer];
  if (!allowed) return `src/${layer}/ has no row in LAYERS (test/unit/rules/layers.ts): add one`;
  if (!ref.literal)
    return `import(${ref.specifier}) names no fixed module, so it cannot be checked`;
  const target = resolveSpecifier(file, ref.specifier);
  if (target === null) return packageProblem(layer, ref.specifier);
  const targetLayer = layerOf(target);
  if (targetLayer === null) {
    if (layer === MESSAGE_KEYS.layer && target === MESSAGE_KEYS.target) return null;
    return `src/${layer}/ imports ${target}, outside src/`;
  }
  if (!allowed.includes(targetLayer)) {
    return `src/${layer}/ may import only ${allowed.map((l) => `src/${l}/`).join(', ')}; this reaches src/${targetLayer}/`;
  }
  return null;
}
