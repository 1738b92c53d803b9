import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';
import { readFixture } from '../helpers/golden';

const dir = scratch('dc-bom-');

describe('import then render of a file that opens with a byte order mark', () => {
  // The decoder dropped the mark on import, so render wrote the file back without it.
  it('writes the same bytes back, the mark included', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(readFixture('sample-issue.md')),
    ]);
    const md = dir.write('issue.md', bytes.toString('utf8'));
    expect(readFileSync(md).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const pack = dir.path('issue.json');
    expect((await cli('import', md, '-o', pack)).code).toBe(0);
    const out = dir.path('out.md');
    expect((await cli('render', pack, '-o', out)).code).toBe(0);
    expect(readFileSync(out)).toEqual(bytes);
    // The Markdown check reads it as the issue it is.
    expect((await cli('check', md)).stdout).toMatch(/valid embedly-link issue/);
  });
});
