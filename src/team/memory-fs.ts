/**
 * The in-memory file system each sync runs in: the fs shape isomorphic-git asks for
 * (`promises` with readFile, writeFile, mkdir, readdir, stat and friends). Every sync
 * starts from a fresh shallow clone into a new one, so a failure leaves nothing behind
 * to repair, and nothing of the team's repository stays in the browser. (lightning-fs
 * would persist clones in a second IndexedDB that "Remove all data" does not know;
 * memfs needs Node's path, events and stream polyfills.)
 */

type Node =
  | { kind: 'file'; data: Uint8Array; mtimeMs: number }
  | { kind: 'dir'; mtimeMs: number }
  // A symbolic link is kept as its target's text and never followed: a teammate's link
  // checks out and commits back unchanged, and nothing is read through it.
  | { kind: 'symlink'; target: string; mtimeMs: number };

const MODES = { file: 0o100644, dir: 0o40000, symlink: 0o120000 };

class FsError extends Error {
  constructor(
    readonly code: string,
    path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function clean(path: string): string {
  const parts = path.split('/').filter((part) => part && part !== '.');
  return `/${parts.join('/')}`;
}

const parent = (path: string) => clean(path.slice(0, path.lastIndexOf('/')) || '/');

function stats(node: Node, ino: number) {
  const size =
    node.kind === 'file'
      ? node.data.length
      : node.kind === 'symlink'
        ? encoder.encode(node.target).length
        : 0;
  return {
    type: node.kind,
    mode: MODES[node.kind],
    size,
    ino,
    uid: 1,
    gid: 1,
    dev: 1,
    mtimeMs: node.mtimeMs,
    ctimeMs: node.mtimeMs,
    isFile: () => node.kind === 'file',
    isDirectory: () => node.kind === 'dir',
    isSymbolicLink: () => node.kind === 'symlink',
  };
}

type Encoding = { encoding?: string } | string | undefined;
const wantsText = (options: Encoding) =>
  (typeof options === 'string' ? options : options?.encoding) === 'utf8';

export function memoryFs() {
  const nodes = new Map<string, Node>([['/', { kind: 'dir', mtimeMs: Date.now() }]]);
  const inodes = new Map<string, number>();
  const inoOf = (path: string) => {
    if (!inodes.has(path)) inodes.set(path, inodes.size + 1);
    return inodes.get(path) ?? 0;
  };
  const get = (path: string): Node => {
    const node = nodes.get(clean(path));
    if (!node) throw new FsError('ENOENT', path);
    return node;
  };
  const needDir = (path: string) => {
    const node = nodes.get(path);
    if (!node) throw new FsError('ENOENT', path);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
  };
  const children = (dir: string) => {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return [...nodes.keys()].filter(
      (key) => key !== dir && key.startsWith(prefix) && !key.slice(prefix.length).includes('/'),
    );
  };

  const promises = {
    async readFile(path: string, options?: Encoding) {
      const node = get(path);
      if (node.kind !== 'file') throw new FsError(node.kind === 'dir' ? 'EISDIR' : 'ELOOP', path);
      if (wantsText(options)) return decoder.decode(node.data);
      // isomorphic-git calls Buffer methods on what it reads (the polyfill in pages).
      const B = (globalThis as { Buffer?: { from(data: Uint8Array): Uint8Array } }).Buffer;
      return B ? B.from(node.data) : node.data.slice();
    },
    async writeFile(path: string, data: Uint8Array | string, _options?: Encoding) {
      const at = clean(path);
      needDir(parent(at));
      if (nodes.get(at)?.kind === 'dir') throw new FsError('EISDIR', path);
      const bytes = typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
      nodes.set(at, { kind: 'file', data: bytes, mtimeMs: Date.now() });
    },
    async unlink(path: string) {
      const at = clean(path);
      if (get(at).kind === 'dir') throw new FsError('EISDIR', path);
      nodes.delete(at);
    },
    async readdir(path: string) {
      const at = clean(path);
      needDir(at);
      return children(at).map((key) => key.slice(key.lastIndexOf('/') + 1));
    },
    async mkdir(path: string) {
      const at = clean(path);
      if (nodes.has(at)) throw new FsError('EEXIST', path);
      needDir(parent(at));
      nodes.set(at, { kind: 'dir', mtimeMs: Date.now() });
    },
    async rmdir(path: string) {
      const at = clean(path);
      needDir(at);
      if (children(at).length > 0) throw new FsError('ENOTEMPTY', path);
      nodes.delete(at);
    },
    // Links are not followed, so stat is lstat: a link reads as neither file nor folder.
    async stat(path: string) {
      return stats(get(path), inoOf(clean(path)));
    },
    async lstat(path: string) {
      return stats(get(path), inoOf(clean(path)));
    },
    async readlink(path: string): Promise<string> {
      const node = get(path);
      if (node.kind !== 'symlink') throw new FsError('EINVAL', path);
      return node.target;
    },
    async symlink(target: string, path: string): Promise<void> {
      const at = clean(path);
      needDir(parent(at));
      if (nodes.has(at)) throw new FsError('EEXIST', path);
      nodes.set(at, { kind: 'symlink', target, mtimeMs: Date.now() });
    },
    async chmod() {},
  };
  return { promises };
}
