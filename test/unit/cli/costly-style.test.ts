import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../src/core/markdown';
import { cli, scratch } from '../helpers/cli-run';

const dir = scratch('dc-costly-');
// Without its item fields: they name {prefix}, which these item templates do not hold.
const { fields: _fields, ...base } =
  BUILTIN_STYLES.find((s) => s.name === 'this-week-in-rust') ?? {};
const styleFile = (name: string, items: string[]) =>
  dir.write(`${name}.json`, JSON.stringify({ ...base, name, label: name, items }));

describe('import by a style whose placeholders stand side by side', () => {
  // Eight placeholders with nothing between them: the regex reading tried every split of
  // each line that did not end in Z, 36 s for one item and over 120 s for this issue.
  it('reads a 200-item issue: the items that fit, the others as text', async () => {
    const style = styleFile('side-by-side', ['* {v0}{v1}{v2}{v3}{v4}{v5}{v6}{v7}Z']);
    const items = Array.from({ length: 200 }, (_, i) =>
      i % 2
        ? `* item number ${i} with some words in it to make it longer Z`
        : `* item ${i} with some words in it to make it longer`,
    );
    const md = dir.write('issue.md', `# Issue\n\n### Links\n\n${items.join('\n')}\n`);
    const result = await cli('import', md, '--style-file', style, '-o', dir.path('issue.json'));
    expect(result.stderr).toMatch(/^Imported 100 items \(0 with a link\)/m);
    expect(result.code).toBe(0);
    const back = await cli('render', dir.path('issue.json'));
    expect(back.stdout).toBe(dir.read(md));
  });

  it('stops reading past its budget with one line, and writes nothing', async () => {
    // Nine hundred placeholders on a line of two thousand characters: a reading of that one
    // item would cost more than the whole document's budget.
    const style = styleFile('costly', [`* ${'{a}x'.repeat(900)}`]);
    const md = dir.write('long.md', `# Issue\n\n### Links\n\n* ${'x'.repeat(2000)}\n`);
    const out = dir.path('long.json');
    const result = await cli('import', md, '--style-file', style, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `digest-clipper: ${md}: reading stopped: style "costly" has too many placeholders for a document this long; read it with a simpler style or split the document\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
