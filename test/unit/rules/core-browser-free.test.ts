import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, freeReferences, isScript, parseSource, ROOT } from './source';

/**
 * Globals that exist only in a browser or an extension. src/core runs in the CLI under
 * Node and in unit tests without a DOM, so it takes what it needs from these as
 * parameters instead of reaching for them.
 */
const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window', 'localStorage', 'indexedDB'];

describe('src/core never touches a browser API', () => {
  const files = filesUnder('src/core').filter(isScript);

  it('finds the core', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it(`no file in src/core refers to ${BROWSER_GLOBALS.join(', ')}`, () => {
    const problems = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return freeReferences(parseSource(file, text), text, BROWSER_GLOBALS).map(
        ({ name, line }) => `${file}:${line} uses the browser global '${name}'`,
      );
    });
    expect(problems).toEqual([]);
  });
});
