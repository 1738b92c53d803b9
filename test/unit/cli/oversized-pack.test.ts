import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeJsonChecked } from '../../../src/cli/io';
import { cli, scratch } from '../helpers/cli-run';

const dir = scratch('dc-oversized-');
const MAX_JSON_BYTES = 64 * 1024 * 1024;

describe('import writes only what check accepts', () => {
  // A megabyte of 100,000 headings became a 66 MiB pack, over the 64 MiB that check,
  // render and merge read: import said it was done, and nothing could read its output.
  it('refuses a pack over the readers’ size limit with one line, and writes nothing', async () => {
    const md = dir.write(
      'headings.md',
      Array.from({ length: 100_000 }, (_, i) => `### h${i}\n`).join(''),
    );
    const out = dir.path('headings.json');
    const result = await cli('import', md, '--style', 'embedly-link', '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^digest-clipper: .*headings\.json: not written, it would be 6\d\.\d MiB and check, render and merge read at most 64 MiB; split the issue into smaller files\n$/,
    );
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('counts bytes, not characters, against the limit', async () => {
    const written: string[] = [];
    const io = {
      readFile: () => Promise.reject(new Error('unused')),
      writeFile: (_: string, text: string) => {
        written.push(text);
        return Promise.resolve();
      },
      stdout: () => undefined,
      stderr: () => undefined,
    };
    // Under the limit in characters, over it in UTF-8 bytes.
    const text = `{"x":"${'é'.repeat(MAX_JSON_BYTES / 2 + 10)}"}`;
    await expect(writeJsonChecked(io, 'big.json', text)).rejects.toThrow(
      /not written, it would be 64 MiB/,
    );
    expect(written).toEqual([]);
  });
});
