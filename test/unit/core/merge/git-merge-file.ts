import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real `git merge-file -p`, run in a scratch folder with no user or system configuration
 * (a user's merge.conflictStyle would change the markers), as the reference the edition
 * merge is held to.
 */
const dir = mkdtempSync(join(tmpdir(), 'git-merge-file-'));
const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, GIT_CONFIG_NOSYSTEM: '1' };

export function gitMergeFile(base: string, ours: string, theirs: string) {
  writeFileSync(join(dir, 'base'), base);
  writeFileSync(join(dir, 'ours'), ours);
  writeFileSync(join(dir, 'theirs'), theirs);
  const run = spawnSync(
    'git',
    ['merge-file', '-p', '-L', 'ours', '-L', 'base', '-L', 'theirs', 'ours', 'base', 'theirs'],
    { cwd: dir, env, encoding: 'utf8' },
  );
  if (run.status === null || run.status < 0 || run.status > 127)
    throw new Error(`git merge-file failed: ${run.stderr}`);
  return { text: run.stdout, conflicts: run.status };
}
