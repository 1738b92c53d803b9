import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

/** A scratch folder for one test file, with helpers to write and read files in it. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write(name: string, text: string) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    read: (path: string) => readFileSync(path, 'utf8'),
  };
}

/** Runs the command line in-process on real files, capturing its output and exit code. */
export async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    readFile: (p) => Promise.resolve(readFileSync(p)),
    writeFile: (p, t) => Promise.resolve(writeFileSync(p, t)),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}
