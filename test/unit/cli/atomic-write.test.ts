import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CliError, nodeIo, writeText } from '../../../src/cli/io';
import { scratch } from '../helpers/cli-run';

/**
 * A disk that fills (or a process that dies) in the middle of a write, simulated below the
 * CLI: while `failing` is set, every write of data to a file puts the first half on disk
 * and then fails with ENOSPC, through whichever node:fs/promises call the code uses.
 */
const disk = vi.hoisted(() => ({ failing: false }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const full = () =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
  const half = (data: unknown) => String(data).slice(0, String(data).length / 2);
  return {
    ...real,
    writeFile: async (
      path: Parameters<typeof real.writeFile>[0],
      data: string,
      options?: never,
    ) => {
      if (!disk.failing) return real.writeFile(path, data, options);
      await real.writeFile(path, half(data));
      throw full();
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: string | Uint8Array, options?: never) => {
        if (!disk.failing) return writeFile(data, options);
        await writeFile(half(data));
        throw full();
      };
      return handle;
    },
  };
});

const ORIGINAL = `${JSON.stringify({ format: 'digest-clipper', clips: ['a'.repeat(1000)] })}\n`;
const NEXT = `${JSON.stringify({ format: 'digest-clipper', clips: ['b'.repeat(5000)] })}\n`;

describe('the CLI writing over an existing file', () => {
  it('replaces it whole when the write succeeds, leaving no temporary file', async () => {
    const dir = scratch('dc-atomic-');
    const path = dir.write('A.json', ORIGINAL);
    await nodeIo.writeFile(path, NEXT);
    expect(readFileSync(path, 'utf8')).toBe(NEXT);
    expect(readdirSync(dir.dir)).toEqual(['A.json']);
  });

  it('keeps the old file intact when the disk fills mid-write, with one clear line', async () => {
    const dir = scratch('dc-atomic-');
    const path = dir.write('A.json', ORIGINAL);
    disk.failing = true;
    const failure = await writeText(nodeIo, path, NEXT)
      .catch((error: unknown) => error)
      .finally(() => {
        disk.failing = false;
      });
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir.dir)).toEqual(['A.json']);
    expect(failure).toBeInstanceOf(CliError);
    expect((failure as Error).message).toBe(
      `${path}: no space left on the disk; the file was not changed`,
    );
  });

  it('names a full device written directly (/dev/full) in one line', async () => {
    if (!existsSync('/dev/full')) throw new Error('/dev/full is part of every Linux system');
    const failure = await writeText(nodeIo, '/dev/full', NEXT).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/^\/dev\/full: no space left on the disk/);
  });
});
