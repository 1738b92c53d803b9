import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';

const dir = scratch('dc-big-');
// The limits README documents for the command line.
const MAX_MARKDOWN_BYTES = 8 * 1024 * 1024;
const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_JSON_DEPTH = 64;

describe('input over the documented limits', () => {
  it('Markdown over 8 MiB is refused in one line before it is parsed', async () => {
    const line = '### An item\n\n<a class="embedly-card" href="https://example.com/">x</a>\n\n';
    const md = dir.write(
      'big.md',
      `# Big\n\n## Links\n\n${line.repeat(MAX_MARKDOWN_BYTES / line.length + 1)}`,
    );
    const result = await cli('import', md, '-o', dir.path('big.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `digest-clipper: ${md}: is 8 MiB; Markdown input is limited to 8 MiB\n`,
    );
  });

  it('JSON over 64 MiB is refused in one line', async () => {
    const big = dir.write(
      'big.json',
      `{"format":"digest-clipper","x":"${'a'.repeat(MAX_JSON_BYTES)}"}`,
    );
    const result = await cli('check', big);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/: is 64 MiB; JSON input is limited to 64 MiB\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('deeply nested valid JSON is named as nested too deeply, not as invalid JSON', async () => {
    const depth = 100_000;
    const deep = dir.write(
      'deep.json',
      `{"format":"digest-clipper","x":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    );
    const result = await cli('check', deep);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nested too deeply/);
    expect(result.stderr).not.toMatch(/not valid JSON|call stack/);
  });

  it('nesting within the limit is read as usual (strings with brackets do not count)', async () => {
    const brackets = '['.repeat(MAX_JSON_DEPTH * 2);
    const ok = dir.write('ok.json', `{"format":"other","x":"${brackets}"}`);
    const result = await cli('check', ok);
    expect(result.stderr).toMatch(/not a Digest Clipper backup/);
  });
});
