import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import { cli, scratch } from '../helpers/cli-run';

const { dir, write, read } = scratch('digest-merge-');

const card = (url: string, title: string) =>
  `<a class="embedly-card" data-card-controls="0" href="${url}">${title}</a>`;

const AIKO = `# Digest (2024-03-08)

## 👀 Notable Articles

### Async Rust

${card('https://blog.example.dev/async?utm_source=feed', 'Async Rust')}

Aiko's take.

### Only Aiko

${card('https://aiko.example/', 'Aiko page')}
`;

const BEN = `# Digest (2024-03-08)

## 👀 notable articles

### Async Rust again

${card('https://blog.example.dev/async/', 'Async Rust')}

Ben's take.

## 🧪 Testing

### Vitest

${card('https://vitest.dev/', 'Vitest')}

Fast.
`;

function clipsOf(path: string) {
  const parsed = parseBackup(read(path));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('digest-clipper merge', () => {
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  const out = join(dir, 'out.json');

  it('merges two imported packs: one article merged, new ones added, check accepts it', async () => {
    expect((await cli('import', write('a.md', AIKO), '-o', a)).code).toBe(0);
    expect((await cli('import', write('b.md', BEN), '-o', b)).code).toBe(0);
    const merged = await cli('merge', a, b, '-o', out);
    expect(merged).toMatchObject({ code: 0, stdout: '' });
    expect(merged.stderr).toBe(
      `Merged ${b} into ${a}: 1 added, 1 merged, 0 already there, 1 new categories.\n`,
    );
    const file = clipsOf(out);
    expect(file.categories.map((c) => `${c.emoji} ${c.name}`)).toEqual([
      '👀 Notable Articles',
      '🧪 Testing',
    ]);
    expect(file.clips.map((c) => [c.heading, c.comment])).toEqual([
      ['Async Rust', "Aiko's take.\n\n— a teammate: Ben's take."],
      ['Only Aiko', ''],
      ['Vitest', 'Fast.'],
    ]);
    expect((await cli('check', out)).code).toBe(0);
    const rendered = await cli('render', out, '--preset', 'markdown-link');
    expect(rendered.stdout).toContain(
      '## 🧪 Testing\n\n### [Vitest](https://vitest.dev/)\n\nFast.\n',
    );
  });

  it('is idempotent: merging B again writes the same bytes', async () => {
    const again = join(dir, 'again.json');
    expect((await cli('merge', out, b, '-o', again)).code).toBe(0);
    expect(read(again)).toBe(read(out));
  });

  it("credits B's unsigned comments to --from NAME", async () => {
    const result = await cli('merge', a, b, '--from', 'Ben');
    expect(clipsOf(write('from.json', result.stdout)).clips[0]?.comment).toBe(
      "Aiko's take.\n\n— Ben: Ben's take.",
    );
  });

  it('writes the merged JSON to stdout without -o', async () => {
    const result = await cli('merge', a, b);
    expect(result.code).toBe(0);
    expect(parseBackup(result.stdout).ok).toBe(true);
  });

  const failures: Array<[string, () => string[], RegExp, number]> = [
    ['one file only', () => ['merge', a], /^digest-clipper: merge: needs 2 files, got 1$/, 2],
    // merge takes any number of files now (team packs); a third one is read like the others.
    [
      'a missing third file',
      () => ['merge', a, b, join(dir, 'gone.json')],
      /gone\.json: no such file$/,
      1,
    ],
    ['a missing file', () => ['merge', a, join(dir, 'nope.json')], /nope\.json: no such file$/, 1],
    [
      'an unsafe link in B',
      () => [
        'merge',
        a,
        write('evil.json', read(b).replace('https://vitest.dev/', 'javascript:alert(1)')),
      ],
      /evil\.json: clips\[1\]\.url: Script links \(javascript:\) cannot be clipped/,
      1,
    ],
    [
      'an unknown issue in A',
      () => ['merge', a, b, '--issue', 'nope'],
      /a\.json: no issue "nope" in the file$/,
      1,
    ],
    [
      'a newer format in A',
      () => ['merge', write('new.json', '{"format":"digest-clipper","version":3}'), b],
      /new\.json: made by a newer Digest Clipper \(format version 3\)/,
      1,
    ],
  ];
  for (const [what, args, message, exitCode] of failures) {
    it(`refuses ${what} with one line on stderr and exit ${exitCode}`, async () => {
      const result = await cli(...args());
      expect(result.code).toBe(exitCode);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(message);
    });
  }
});

const bin = join(import.meta.dirname, '../../../dist/cli/digest-clipper.mjs');
// `npm test` builds first; test/unit/cli.test.ts fails loudly when the build is missing.
describe.runIf(existsSync(bin))('the built command line', () => {
  it('merges and checks with the documented exit codes', () => {
    const node = (...args: string[]) => spawnSync('node', [bin, ...args], { encoding: 'utf8' });
    expect(node('merge', join(dir, 'a.json'), join(dir, 'b.json')).status).toBe(0);
    const usage = node('merge', join(dir, 'a.json'));
    expect([usage.status, usage.stderr]).toEqual([
      2,
      'digest-clipper: merge: needs 2 files, got 1\n',
    ]);
    expect(node('check', write('x.json', '{')).status).toBe(1);
  });
});
