import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file system calls a write needs; tests pass one that fails where they choose. */
export type WriteFs = Pick<
  typeof fsp,
  'open' | 'rename' | 'unlink' | 'stat' | 'realpath' | 'writeFile'
>;

/**
 * Replaces `path` with `text` so that a reader, a crash or a full disk never sees half a
 * file: the text goes to a temporary file beside the target (same folder, so the same
 * file system), is flushed to disk, and is then renamed over the target in one step. On
 * any failure the temporary file is removed and the target is as it was. A target that is
 * not a regular file (`/dev/stdout`, a pipe) is written directly: it cannot be replaced.
 *
 * Hand-written rather than `write-file-atomic`: the CLI needs the device case and a seam to
 * inject a failing write, and the rest is a dozen lines of node:fs.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  fs: WriteFs = fsp,
): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  const existing = await fs.stat(target).catch(() => null);
  if (existing && !existing.isFile()) return fs.writeFile(target, text, 'utf8');
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
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
  }
}
