import { describe, expect, it } from 'vitest';
import { importProblem } from './layers';
import { freeReferences, parseSource } from './source';

/** The checks above are only as good as these readers; each case here is one they must get right. */
const specifiers = (text: string) =>
  parseSource('src/x/a.ts', text).imports.map((ref) =>
    ref.literal ? ref.specifier : `?${ref.specifier}`,
  );

const uses = (text: string, names = ['chrome', 'window', 'document', 'localStorage']) =>
  freeReferences(parseSource('src/core/a.ts', text), text, names).map((r) => `${r.name}@${r.line}`);

describe('reading imports', () => {
  it('finds static, type-only, re-exported and dynamic imports', () => {
    const text = [
      "import a from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "const f = await import('./f');",
      'const g = import(`./g`);',
      "import './h.css';",
    ].join('\n');
    expect(specifiers(text)).toEqual(['./a', '../b', './h.css', './c', './d', './e', './f', './g']);
  });

  it('ignores imports written in comments and strings, and flags import(expression)', () => {
    const text = [
      "// import x from '../storage';",
      "/* export * from 'idb'; */",
      'const s = "import y from \'../popup\'";',
      'const name = "./m"; const m = import(name);',
    ].join('\n');
    expect(specifiers(text)).toEqual(['?name']);
  });
});

describe('finding browser globals', () => {
  it('finds real references, with their lines', () => {
    const text = [
      'const id = chrome.runtime.id;',
      'export const w = () => window?.innerWidth;',
      'const both = { document, n: localStorage.length };',
      'const t = typeof document;',
    ].join('\n');
    expect(uses(text)).toEqual([
      'chrome@1',
      'window@2',
      'document@3',
      'localStorage@3',
      'document@4',
    ]);
  });

  it('ignores comments, strings, property names, types and names the file declares', () => {
    const text = [
      '// chrome.tabs.query()',
      "const s = 'window.location' + `document.title`;",
      'const o = { window: 1, chrome() {} }; o.window; o.document;',
      'let tab: chrome.tabs.Tab | undefined; type D = typeof document;',
      'function f(localStorage: Storage) { return localStorage.length; }',
    ].join('\n');
    expect(uses(text)).toEqual([]);
  });
});

describe('layer rules', () => {
  const problem = (file: string, specifier: string) =>
    importProblem(file, { specifier, literal: true });

  it('refuses upward and sideways imports, naming both ends', () => {
    expect(problem('src/core/a.ts', '../storage/db')).toMatch(
      /src\/core\/ may import only src\/core\/; this reaches src\/storage\//,
    );
    expect(problem('src/core/a.ts', 'idb')).toMatch(/idb/);
    expect(problem('src/core/a.ts', 'preact/hooks')).toMatch(/preact/);
    expect(problem('src/core/a.ts', 'node:fs')).toMatch(/Node built-ins/);
    expect(problem('src/storage/a.ts', '../ui/i18n')).toMatch(/reaches src\/ui\//);
    expect(problem('src/storage/a.ts', 'webextension-polyfill')).toMatch(/only idb/);
    expect(problem('src/popup/a.ts', '../options/strings')).toMatch(/reaches src\/options\//);
    expect(problem('src/background/a.ts', '../popup/form')).toMatch(/reaches src\/popup\//);
    expect(problem('src/cli/a.ts', '../storage')).toMatch(/reaches src\/storage\//);
    expect(problem('src/popup/a.ts', '../team/sync')).toMatch(/reaches src\/team\//);
    expect(problem('src/core/a.ts', '../../test/unit/helpers/x')).toMatch(/outside src\//);
    expect(importProblem('src/core/a.ts', { specifier: 'name', literal: false })).toMatch(
      /no fixed module/,
    );
    expect(problem('src/newthing/a.ts', '../core/model')).toMatch(/no row in LAYERS/);
  });

  it('allows what the layers allow', () => {
    expect(problem('src/core/markdown/read.ts', '../model')).toBeNull();
    expect(problem('src/core/a.ts', 'markdown-it')).toBeNull();
    expect(problem('src/storage/a.ts', '../core/model')).toBeNull();
    expect(problem('src/storage/a.ts', 'idb')).toBeNull();
    expect(problem('src/options/team/a.ts', '../../team/sync')).toBeNull();
    expect(problem('src/popup/a.ts', '../ui/i18n')).toBeNull();
    expect(problem('src/cli/a.ts', 'node:fs/promises')).toBeNull();
  });
});
