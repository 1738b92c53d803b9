import { Buffer } from 'buffer';

/**
 * isomorphic-git reads and writes packfiles with Node's `Buffer`, which extension pages do
 * not have and Vite does not polyfill. Imported first by the team code, so the polyfill
 * lands only in the lazily loaded chunk that uses git; Node keeps its own.
 */
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
