import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../src/core/markdown';
import { cli, scratch } from '../helpers/cli-run';
import { FIXTURES } from '../helpers/golden';

const dir = scratch('dc-style-name-');

describe('--style-file with a style named like a built-in one', () => {
  // The pack carried the style, and render took the built-in style of that name instead.
  it('is refused with one line and exit 1, and nothing is written', async () => {
    const builtIn = BUILTIN_STYLES.find((s) => s.name === 'embedly-link');
    const file = dir.write(
      'mine.json',
      JSON.stringify({ ...builtIn, label: 'Mine', items: ['### {heading}\n\n{url}'] }),
    );
    const out = dir.path('out.json');
    const result = await cli(
      'import',
      join(FIXTURES, 'sample-issue.md'),
      '--style-file',
      file,
      '-o',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `digest-clipper: ${file}: not a valid style: name: embedly-link is a built-in style's name\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
