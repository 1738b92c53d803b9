/**
 * A request's own failure inside an upgrade needs no handler of its own: it aborts the
 * upgrade transaction, and the caller sees the failed open.
 */
export function ignore(): void {}
