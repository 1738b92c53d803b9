/** The outcome of checking untrusted input: the value it gave, or why it was refused. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
