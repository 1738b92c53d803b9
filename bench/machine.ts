/** The machine the figures come from: they mean little without it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Machine {
  nproc: string;
  memory: string;
  cpu: string;
  os: string;
  chromium: string;
  node: string;
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n');
  } catch {
    return 'unknown';
  }
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function describeMachine(chromiumPath: string): Machine {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(read('/proc/cpuinfo'))?.[1]?.trim() ?? 'unknown';
  const os = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(read('/etc/os-release'))?.[1] ?? 'unknown';
  // `free -h`, the Mem: line: total, used, free, shared, buff/cache, available.
  const mem = run('free', ['-h'])
    .split('\n')
    .find((line) => line.startsWith('Mem:'));
  const [, total, , , , , available] = mem?.split(/\s+/) ?? [];
  return {
    nproc: run('nproc', []),
    memory: total ? `${total} total, ${available ?? '?'} available (free -h)` : 'unknown',
    cpu,
    os,
    chromium: run(chromiumPath, ['--version']).split('\n').at(-1) ?? 'unknown',
    node: process.version,
  };
}

/** Which code was measured: the commit, and whether the working tree differed from it. */
export function describeSource(root: string): { commit: string; uncommittedFiles: number } {
  const git = (args: string[]) => run('git', ['-C', root, ...args]);
  const status = git(['status', '--porcelain']);
  return {
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: status === 'unknown' || status === '' ? 0 : status.split('\n').length,
  };
}
