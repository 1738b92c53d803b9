import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file system calls a write needs; tests pass one that fails where they choose. */
export type WriteFs = Pick<
  typeof fsp,
  'open' | 'rename' | 'unlink' | 'stat' | 'realpath' | 'writeFile' | 'readdir'
>;

/**
 * Temporary files not yet renamed over their targets. A process stopped by a signal or
 * ending mid-write removes them on its way out; one killed outright (SIGKILL, a crash of
 * the machine) cannot, and the next write to the same target removes what it left.
 */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone, or the folder with it: nothing is left to remove.
    }
  }
  pending.clear();
}

function stopListening(): void {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener('exit', removePending);
}

/** Removes the temporary files, then ends the process by the same signal as it would have. */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  stopListening();
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', removePending);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) stopListening();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the temporary files of `target` left by writers that no longer run. */
async function removeStale(target: string, fs: WriteFs): Promise<void> {
  const own = new RegExp(`^\\.${escapeRegex(basename(target))}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
  const names = await fs.readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(own.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || pid === process.pid || alive(pid)) continue;
    await fs.unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

/**
 * Replaces `path` with `text` so that a reader, a crash or a full disk never sees half a
 * file: the text goes to a temporary file beside the target (same folder, so the same
 * file system), is flushed to disk, and is then renamed over the target in one step. On
 * any failure the temporary file is removed and the target is as it was; so it is when
 * the process is stopped mid-write (see `pending`). A target that is not a regular file
 * (`/dev/stdout`, a pipe) is written directly: it cannot be replaced.
 *
 * Hand-written rather than `write-file-atomic`: the CLI needs the device case and a seam to
 * inject a failing write, and the rest is a few dozen lines of node:fs.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  fs: WriteFs = fsp,
): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing && !existing.isFile()) return fs.writeFile(target, text, 'utf8');
  await removeStale(target, fs);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  track(temp);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    untrack(temp);
  }
}
