import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli-run';
import { refusedPort, startLinkServer } from '../helpers/link-server';
import { requireShared, SHARED_FIXTURES } from '../helpers/shared-fixtures';

// Skips only on a developer's machine without ../shared; under CI=true it throws instead.
const present = requireShared();
const ORIGINAL = present
  ? readFileSync(join(SHARED_FIXTURES, 'this-week-in-rust-453-2022-07-27.md'), 'utf8')
  : '';
const SERDE =
  '* [A look at serde-json](https://owengage.com/writing/2022-07-22-a-look-at-serde-json/)';

let server: Awaited<ReturnType<typeof startLinkServer>>;
let planted = '';
beforeAll(async () => {
  server = await startLinkServer({ slow: 60_000, lazy: 0 });
  const port = await refusedPort();
  const at = (path: string) => `${server.origin}${path}`;
  // Seven items added below line 55 of the real issue: lines 56 to 62.
  const added = [
    `* [Still here](${at('/ok?utm_source=reddit')})`,
    `* [Moved post](${at('/old')})`,
    `* [Members only](${at('/private')})`,
    `* [Gone post](${at('/gone')})`,
    `* [Broken post](${at('/broken')})`,
    `* [Slow post](${at('/slow')})`,
    `* [Refused](http://127.0.0.1:${port}/post)`,
  ];
  planted = ORIGINAL.replace(SERDE, [SERDE, ...added].join('\n'));
});
afterAll(() => server.close());

const EXPECTED_PLANTED = [
  [56, 'error forbidden-param'],
  [57, 'warning moved'],
  [58, 'error login'],
  [59, 'error dead'],
  [60, 'error dead'],
  [61, 'error dead'],
  [62, 'error dead'],
];

/** Each finding line as [line, "severity rule"], the summary left out. */
const findingLines = (stdout: string, file: string) =>
  stdout
    .trim()
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const match = /^(.+):(\d+): (\w+ [\w-]+): /.exec(line);
      expect(match?.[1], line).toBe(file);
      return [Number(match?.[2]), match?.[3]];
    });

describe.skipIf(!present)('check --links on This Week in Rust 453', () => {
  it('offline: the published issue has only title and crates.io warnings, on their lines; exit 0', async () => {
    const files = scratch('links-');
    const path = files.write('2022-07-27-this-week-in-rust.md', ORIGINAL);
    const { code, stdout, stderr } = await cli('check', path, '--links', '--offline');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = findingLines(stdout, path);
    // Long titles (the first on line 52) and crates.io links, warned; nothing refused.
    expect(lines.length).toBeGreaterThanOrEqual(11);
    expect(new Set(lines.map(([, what]) => what))).toEqual(
      new Set(['warning title-length', 'warning warn-host']),
    );
    expect(lines[0]).toEqual([52, 'warning title-length']);
    expect(stdout).toMatch(/ links checked \(rules only, not fetched\), 0 errors, \d+ warnings\n$/);
  });

  it('--only-new: only the planted items are checked and fetched, each on its line; exit 1', async () => {
    const files = scratch('links-');
    const old = files.write('old.md', ORIGINAL);
    const path = files.write('new.md', planted);
    const { code, stdout } = await cli(
      'check',
      path,
      '--links',
      '--only-new',
      old,
      '--timeout',
      '4',
      '--slow',
      '3',
    );
    expect(findingLines(stdout, path)).toEqual(EXPECTED_PLANTED);
    expect(stdout).toContain(`use ${server.origin}/new`);
    expect(stdout).toContain('dead link (HTTP 404)');
    expect(stdout).toContain('dead link (HTTP 500)');
    expect(stdout).toContain('dead link (timeout)');
    expect(stdout).toContain('dead link (connection refused)');
    expect(stdout).toMatch(/7 links checked \(rules and fetched\), 6 errors, 1 warnings\n$/);
    expect(code).toBe(1);
  }, 30_000);

  it('--since a git commit: only the items added since, as a pull request would see them', async () => {
    const repo = scratch('links-git-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 'editor@example.com');
    git('config', 'user.name', 'Editor');
    const path = repo.write('2022-07-27-this-week-in-rust.md', ORIGINAL);
    git('add', '.');
    git('commit', '-q', '-m', 'issue 453');
    repo.write('2022-07-27-this-week-in-rust.md', planted);
    const offline = await cli('check', path, '--links', '--since', 'HEAD', '--offline');
    expect(findingLines(offline.stdout, path)).toEqual([[56, 'error forbidden-param']]);
    expect(offline.code).toBe(1);
    const json = await cli('check', path, '--links', '--since', 'HEAD', '--json', '--timeout', '4');
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ links: 7, errors: 6, warnings: 1, style: 'this-week-in-rust' });
    expect(report.findings.map((f: { line: number; rule: string }) => [f.line, f.rule])).toEqual(
      EXPECTED_PLANTED.map(([line, what]) => [line, String(what).split(' ')[1]]),
    );
    expect(report.findings[1]).toMatchObject({ rule: 'moved', fix: `${server.origin}/new` });
    expect(json.code).toBe(1);
    const bad = await cli('check', path, '--links', '--since', 'no-such-ref', '--offline');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since no-such-ref: not a commit/);
  }, 30_000);

  it('warnings only exit 0; a link of a recent issue in --archive is an error', async () => {
    const files = scratch('links-');
    const old = files.write('old.md', ORIGINAL);
    const moved = ORIGINAL.replace(SERDE, `${SERDE}\n* [Moved post](${server.origin}/old)`);
    const path = files.write('new.md', moved);
    const warned = await cli('check', path, '--links', '--only-new', old);
    expect(findingLines(warned.stdout, path)).toEqual([[56, 'warning moved']]);
    expect(warned.code).toBe(0);
    // The archive holds last week's issue, which linked the same post over https.
    const archive = scratch('links-archive-');
    archive.write(
      '2022-07-20-this-week-in-rust.md',
      moved.replace(`${server.origin}/old`, `${server.origin.replace('http:', 'https:')}/old/`),
    );
    const dup = await cli(
      'check',
      path,
      '--links',
      '--only-new',
      old,
      '--offline',
      '--archive',
      archive.dir,
    );
    expect(findingLines(dup.stdout, path)).toEqual([[56, 'error duplicate']]);
    expect(dup.stdout).toContain('already linked in 2022-07-20-this-week-in-rust.md');
    expect(dup.code).toBe(1);
  }, 30_000);

  it('says a file with no item is not a digest issue, and exits 1', async () => {
    const files = scratch('links-');
    const path = files.write('notes.md', 'Just some notes, no links.\n');
    const { code, stderr } = await cli('check', path, '--links', '--offline');
    expect(code).toBe(1);
    expect(stderr).toMatch(/notes\.md: not a digest issue: no item found/);
  });

  it('refuses link flags without --links, and both --since and --only-new', async () => {
    const files = scratch('links-');
    const path = files.write('a.md', ORIGINAL);
    expect((await cli('check', path, '--offline')).code).toBe(2);
    const both = await cli('check', path, '--links', '--since', 'HEAD', '--only-new', path);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--since or --only-new, not both/);
  });
});
