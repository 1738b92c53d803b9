import * as fsp from 'node:fs/promises';
import { type WriteFs, writeFileAtomic } from '../../../src/cli/atomic-write';

/**
 * Run in a child process by the atomic-write tests: writes over `target` through the CLI's
 * writer with a disk that takes the first bytes and then never finishes, prints the
 * temporary file's path once it is on disk, and waits there to be stopped.
 */
export async function main(target: string): Promise<void> {
  const fs: WriteFs = {
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: string | Uint8Array) => {
        await writeFile(String(data).slice(0, 100));
        process.stdout.write(`writing ${String(args[0])}\n`);
        // A disk that never answers; the interval keeps the process alive until stopped.
        setInterval(() => undefined, 60_000);
        await new Promise(() => undefined);
      };
      return handle;
    },
  };
  await writeFileAtomic(target, 'x'.repeat(10_000), fs);
}
