import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { serializeBackup } from '../../../src/core/backup';
import { makeBackup } from '../helpers/backup-data';
import { FIXTURES, readFixture } from '../helpers/golden';

const dir = mkdtempSync(join(tmpdir(), 'digest-cli-'));
const file = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the command in-process with real files, capturing its output. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    readFile: (p: string) => Promise.resolve(readFileSync(p)),
    writeFile: (p: string, t: string) => Promise.resolve(writeFileSync(p, t)),
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const sample = join(FIXTURES, 'sample-issue.md');

describe('digest-clipper import / render / check', () => {
  it('import -o then render gives the issue back; check accepts the JSON', async () => {
    const json = join(dir, 'sample.json');
    expect((await cli('import', sample, '-o', json)).code).toBe(0);
    const rendered = await cli('render', json);
    expect(rendered).toMatchObject({ code: 0, stderr: '' });
    expect(rendered.stdout).toBe(readFixture('sample-issue.md'));
    const checked = await cli('check', json);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/valid pack, 1 issues, 3 categories, 4 clips/);
  });

  it('render --preset (alias of --style) and -o write the chosen style to a file', async () => {
    const json = join(dir, 'sample2.json');
    await cli('import', sample, '-o', json);
    const out = join(dir, 'out.md');
    expect((await cli('render', json, '--preset', 'markdown-link', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFixture('sample-issue.markdown-link.md'));
    const viaStyle = await cli('render', json, '--style', 'markdown-link');
    expect(viaStyle).toMatchObject({ code: 0, stdout: readFileSync(out, 'utf8') });
  });

  const failures: [string, () => string[], RegExp, number][] = [
    ['a missing file', () => ['import', join(dir, 'nope.md')], /nope\.md: no such file$/m, 1],
    // render DIR merges the packs of a folder (team packs); import and check still read one file.
    ['a directory', () => ['import', dir], /is a directory/, 1],
    [
      'binary input',
      () => ['import', file('x.png', new Uint8Array([0x89, 0x50, 0, 1]))],
      /is a binary file/,
      1,
    ],
    [
      'bad UTF-8',
      () => ['import', file('latin1.md', new Uint8Array([0x23, 0x20, 0xe9, 0x0a]))],
      /not UTF-8/,
      1,
    ],
    ['an empty file', () => ['import', file('empty.md', '\n\n')], /is empty/, 1],
    [
      'JSON given to import',
      () => ['import', file('a.json', '{"a":1}')],
      /is JSON, not Markdown/,
      1,
    ],
    [
      'broken JSON',
      () => ['render', file('broken.json', '{"format": "digest-clipper",')],
      /not valid JSON/,
      1,
    ],
    [
      'foreign JSON',
      () => ['render', file('pkg.json', '{"name":"x"}')],
      /not a Digest Clipper backup/,
      1,
    ],
    ['Markdown given to render', () => ['render', sample], /not valid JSON/, 1],
    [
      'a newer format version',
      () => ['check', file('new.json', '{"format":"digest-clipper","version":99}')],
      /newer Digest Clipper \(format version 99\)/,
      1,
    ],
    // A style is looked up once the file is read, since a pack may carry its own styles.
    [
      'an unknown style',
      () => ['render', file('s.json', serializeBackup(makeBackup())), '--style', 'fancy'],
      /unknown style "fancy"; choose one of embedly-link, /,
      2,
    ],
    [
      'an unknown preset (the old name of --style)',
      () => ['render', file('p.json', serializeBackup(makeBackup())), '--preset', 'fancy'],
      /unknown style "fancy"; choose one of embedly-link, /,
      2,
    ],
    ['an unknown command', () => ['publish', 'x'], /unknown command "publish"/, 2],
    ['no command', () => [], /no command given/, 2],
    ['an unknown option', () => ['render', 'x.json', '--frob'], /Unknown option '--frob'/, 2],
  ];
  for (const [what, args, message, exitCode] of failures) {
    it(`refuses ${what} with one line and exit ${exitCode}`, async () => {
      const result = await cli(...args());
      expect(result.code).toBe(exitCode);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

// The built command line, as users run it. `npm test` builds before the unit tests.
const bin = join(import.meta.dirname, '../../../dist/cli/digest-clipper.mjs');
describe('dist/cli/digest-clipper.mjs', () => {
  it('is built (run "npm run build" first)', () => {
    expect(existsSync(bin), `${bin} is missing: run "npm run build"`).toBe(true);
  });
  it.runIf(existsSync(bin))(
    'runs import and render end to end, and exits non-zero on errors',
    () => {
      const json = join(dir, 'bin.json');
      execFileSync('node', [bin, 'import', sample, '-o', json]);
      expect(execFileSync('node', [bin, 'render', json], { encoding: 'utf8' })).toBe(
        readFixture('sample-issue.md'),
      );
      const failed = spawnSync('node', [bin, 'render', join(dir, 'missing.json')], {
        encoding: 'utf8',
      });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe(`digest-clipper: ${join(dir, 'missing.json')}: no such file\n`);
    },
  );
});
