import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';
import { FIXTURES, readFixture } from '../helpers/golden';

const dir = scratch('dc-check-kinds-');

describe('check on a .json file that is not a backup', () => {
  // Anything not starting with `{` was read as Markdown, and an issue of no items as a
  // valid one: "valid embedly-link issue, 0 items with a link", exit 0.
  it('refuses each with exit 1 and one line, never as a valid issue', async () => {
    const pack = dir.path('pack.json');
    expect((await cli('import', join(FIXTURES, 'sample-issue.md'), '-o', pack)).code).toBe(0);
    const backup = dir.read(pack);
    const files: Record<string, string> = {
      'null.json': 'null',
      'true.json': 'true',
      'number.json': '42',
      'string.json': '"a string"',
      'text.json': 'Just some plain text, no JSON at all.\n',
      'html.json':
        '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n',
      'truncated-array.json': '[{"format": "digest-clipper", "version": 2},',
      'truncated-object.json': backup.slice(0, backup.length / 2),
      'headless.json': backup.slice(20),
      'yaml.json': 'format: digest-clipper\nversion: 2\nclips:\n  - url: https://example.com/\n',
      'markdown.json': readFixture('sample-issue.md'),
      'csv.json': 'url,title\nhttps://example.com/,Example\n',
      'empty-array.json': '[]',
      'empty.json': '',
    };
    for (const [name, text] of Object.entries(files)) {
      const result = await cli('check', dir.write(name, text));
      expect(result.code, name).toBe(1);
      expect(result.stdout, name).toBe('');
      expect(result.stderr, name).toMatch(new RegExp(`^digest-clipper: .*${name}: .+\\n$`));
      expect(result.stderr, name).not.toMatch(/valid .* issue/);
    }
    expect((await cli('check', dir.write('yaml.json', files['yaml.json'] ?? ''))).stderr).toMatch(
      /yaml\.json: not valid JSON/,
    );
    expect((await cli('check', pack)).code).toBe(0);
  });
});

describe('check on a Markdown file', () => {
  it('says a document with no item is not a digest issue, with exit 1', async () => {
    const md = dir.write('notes.md', '# Notes\n\nNothing but a paragraph of text.\n');
    const result = await cli('check', md);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(
      /notes\.md: not a digest issue: no item found in it \(read as style [a-z-]+\)\n$/,
    );
  });

  it('still describes a real issue as valid', async () => {
    const result = await cli('check', join(FIXTURES, 'sample-issue.md'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid [a-z-]+ issue, \d+ items with a link/);
  });
});
