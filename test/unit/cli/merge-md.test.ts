import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';

/**
 * `merge-md` as git runs a merge driver: exit 0 merged, 1 conflicts left and marked, 2 for
 * any other failure with one line on stderr; and a real `git merge` that fails without the
 * driver and succeeds with it.
 */

const files = scratch('merge-md-');
const head =
  'Title: This Week in Rust 1\nNumber: 1\nDate: 2024-01-01\nCategory: This Week in Rust\n\nHi.\n\n## Updates from Rust Community\n\n';
const edition = (official: string[], research: string[] = []) =>
  `${head}### Official\n${official.map((t) => `* [${t}](https://example.com/${t.replace(/\W/g, '')})\n`).join('')}\n### Research\n${research.map((t) => `* [${t}](https://example.com/${t.replace(/\W/g, '')})\n`).join('')}`;

describe('merge-md exit codes', () => {
  it('0: both sides appended to one section; both items kept, ours first', async () => {
    const base = files.write('base.md', edition(['A']));
    const ours = files.write('ours.md', edition(['A', 'B']));
    const theirs = files.write('theirs.md', edition(['A', 'C']));
    const out = files.path('out.md');
    const run = await cli('merge-md', base, ours, theirs, '-o', out);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(files.read(out)).toBe(edition(['A', 'B', 'C']));
    expect((await cli('merge-md', base, ours, theirs)).stdout).toBe(edition(['A', 'B', 'C']));
  });

  it('1: the same item changed two ways; markers around that item only', async () => {
    const base = files.write('b1.md', edition(['A', 'B']));
    const ours = files.write('o1.md', edition(['A', 'B']).replace('[A]', '[A ours]'));
    const theirs = files.write('t1.md', edition(['A', 'B', 'C']).replace('[A]', '[A theirs]'));
    const run = await cli('merge-md', base, ours, theirs);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^digest-clipper: merge-md: 1 conflict\(s\) left .*Official/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain(
      '<<<<<<< ours\n* [A ours](https://example.com/A)\n=======\n* [A theirs](https://example.com/A)\n>>>>>>> theirs\n* [B]',
    );
    expect(run.stdout).toContain('* [C](https://example.com/C)');
  });

  it('2: unreadable, binary, not UTF-8, too big, bad usage; nothing written', async () => {
    const ok = files.write('ok.md', edition(['A']));
    const cases: [string[], RegExp][] = [
      [[files.path('missing.md'), ok, ok], /missing\.md: no such file/],
      [[files.write('bin.md', 'a\0b'), ok, ok], /is a binary file/],
      [
        [files.write('latin1.md', Buffer.from([0x61, 0xe9, 0x0a]) as unknown as string), ok, ok],
        /not UTF-8/,
      ],
      [[files.write('big.md', 'x'.repeat(8 * 1024 * 1024 + 1)), ok, ok], /limited to 8 MiB/],
      [[ok, ok], /needs 3 files/],
      [[ok, ok, ok, ok], /unexpected argument/],
    ];
    for (const [args, message] of cases) {
      const out = files.path('never.md');
      const run = await cli('merge-md', ...args, '-o', out);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    expect((await cli('merge-md', ok, ok, ok, '--style', 'nope')).code).toBe(2);
  });

  it('CRLF on one side only merges by items and keeps ours line ending; a BOM stays', async () => {
    const base = files.write('cb.md', `\uFEFF${edition(['A'])}`);
    const ours = files.write('co.md', `\uFEFF${edition(['A', 'B'])}`);
    const theirs = files.write('ct.md', `\uFEFF${edition(['A', 'C'])}`.replace(/\n/g, '\r\n'));
    const run = await cli('merge-md', base, ours, theirs);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`\uFEFF${edition(['A', 'B', 'C'])}`);
  });

  it('an empty base (added on both sides) and sides of two digests still answer', async () => {
    const empty = files.write('empty.md', '');
    const run = await cli(
      'merge-md',
      empty,
      files.write('e1.md', edition(['A'])),
      files.write('e2.md', edition(['B'])),
    );
    expect([0, 1]).toContain(run.code);
    for (const t of ['A', 'B']) expect(run.stdout).toContain(`https://example.com/${t}`);
    const other = files.write(
      'pw.md',
      '---\ntitle: "x"\n---\n\n# news\n\n## Other\nhttps://example.com/z\n\nz\n',
    );
    const two = await cli(
      'merge-md',
      files.write('b2.md', edition(['A'])),
      files.write('o2.md', edition(['A', 'B'])),
      other,
    );
    expect(two.code).toBe(1);
    expect(two.stdout).toContain('<<<<<<< ours');
  });
});

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'dist/cli/digest-clipper.mjs');

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

describe('as a git merge driver', () => {
  let bin = DIST;
  beforeAll(async () => {
    const fresh =
      existsSync(DIST) &&
      statSync(DIST).mtimeMs >=
        Math.max(newest(join(ROOT, 'src/cli')), newest(join(ROOT, 'src/core')));
    if (fresh) return;
    // Built apart from dist/, so a stale or missing build there is left as it is.
    const outDir = mkdtempSync(join(tmpdir(), 'digest-cli-build-'));
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'cli',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    bin = join(outDir, 'digest-clipper.mjs');
  }, 180_000);

  it('git merge fails without the driver and succeeds with it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'merge-md-git-'));
    const env = { ...process.env, HOME: repo, XDG_CONFIG_HOME: repo, GIT_CONFIG_NOSYSTEM: '1' };
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    writeFileSync(join(repo, 'edition.md'), edition(['A'], ['R']));
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'contrib');
    writeFileSync(join(repo, 'edition.md'), edition(['A', 'C'], ['R']));
    git('commit', '-qam', 'theirs');
    git('checkout', '-q', 'main');
    writeFileSync(join(repo, 'edition.md'), edition(['A', 'B'], ['R']));
    git('commit', '-qam', 'ours');

    const plain = spawnSync('git', ['merge', '-q', 'contrib', '-m', 'merge'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(plain.status).not.toBe(0);
    git('merge', '--abort');

    writeFileSync(join(repo, '.gitattributes'), '*.md merge=digest\n');
    git('config', 'merge.digest.driver', `node ${JSON.stringify(bin)} merge-md %O %A %B -o %A`);
    const driven = spawnSync('git', ['merge', '-q', 'contrib', '-m', 'merge'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(driven.stderr).toBe('');
    expect(driven.status).toBe(0);
    expect(readFileSync(join(repo, 'edition.md'), 'utf8')).toBe(edition(['A', 'B', 'C'], ['R']));
  }, 60_000);
});
