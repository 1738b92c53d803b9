import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/cli/atomic-write';
import { scratch } from '../helpers/cli-run';

const ROOT = join(import.meta.dirname, '../../..');
const HELPER = join(ROOT, 'test/unit/helpers/stalled-write.ts');

/** Starts a process that stalls in the middle of writing over `target`. */
function stalledWriter(target: string): ChildProcess {
  const script = `import { runnerImport } from 'vite';
const { module } = await runnerImport(${JSON.stringify(HELPER)});
await module.main(${JSON.stringify(target)});`;
  return spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the temporary file's path once the child has put it on disk. */
function writing(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const line = /^writing (.+)$/m.exec(out);
      if (line?.[1]) resolve(line[1]);
    });
    child.stderr?.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('exit', (code) => reject(new Error(`the writer ended (${code}) first: ${err}`)));
  });
}

const ended = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));

const temps = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('a write stopped before it is renamed into place', () => {
  // A killed CLI left `.out.md.<pid>.<random>.tmp` beside its output.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`removes its temporary file on ${signal} and ends by that signal`, async () => {
      const dir = scratch('dc-killed-');
      const target = dir.write('out.md', 'before\n');
      const child = stalledWriter(target);
      const done = ended(child);
      const temp = await writing(child);
      expect(temps(dir.dir)).toEqual([temp.split('/').at(-1)]);
      child.kill(signal);
      expect(await done).toBe(signal);
      expect(temps(dir.dir)).toEqual([]);
      expect(readFileSync(target, 'utf8')).toBe('before\n');
    }, 60_000);
  }

  it('leaves one behind on SIGKILL, which the next write to that file removes', async () => {
    const dir = scratch('dc-killed-');
    const target = dir.write('out.md', 'before\n');
    const child = stalledWriter(target);
    const done = ended(child);
    await writing(child);
    child.kill('SIGKILL');
    expect(await done).toBe('SIGKILL');
    expect(temps(dir.dir)).toHaveLength(1);
    // Another file's temporary file, and one of a writer still running (this test's parent), are not touched.
    writeFileSync(join(dir.dir, `.other.md.${child.pid}.0123456789ab.tmp`), '');
    writeFileSync(join(dir.dir, `.out.md.${process.ppid}.0123456789ab.tmp`), '');
    await writeFileAtomic(target, 'after\n');
    expect(readFileSync(target, 'utf8')).toBe('after\n');
    expect(temps(dir.dir).sort()).toEqual(
      [
        `.other.md.${child.pid}.0123456789ab.tmp`,
        `.out.md.${process.ppid}.0123456789ab.tmp`,
      ].sort(),
    );
  }, 60_000);
});
