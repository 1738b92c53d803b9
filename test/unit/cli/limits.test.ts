import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';

const dir = scratch('dc-limits-');

/** An item in the shape real digests have: heading, embedly card, comment. */
const issue = (heading: string, comment = 'A comment.') =>
  [
    '# Weekly (2024-01-05号)',
    '',
    '## 🔗 Links',
    '',
    `### ${heading}`,
    '',
    '<a class="embedly-card" href="https://example.com/a">Example</a>',
    '',
    comment,
    '',
  ].join('\n');

describe('the CLI never writes a pack that check refuses', () => {
  it('a heading over the 10,000-character limit is refused in one line, nothing written', async () => {
    const md = dir.write('long-heading.md', issue('H'.repeat(10_001)));
    const out = dir.path('long-heading.json');
    const result = await cli('import', md, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/not written/);
    expect(result.stderr).toMatch(/heading/);
    expect(existsSync(out)).toBe(false);
  });

  it('what import writes within the limits, check accepts', async () => {
    const md = dir.write('fine.md', issue('H'.repeat(10_000)));
    const out = dir.path('fine.json');
    expect((await cli('import', md, '-o', out)).code).toBe(0);
    const checked = await cli('check', out);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/valid pack, 1 issues, 1 categories, 1 clips/);
  });
});
