/**
 * Small text rules the engine's phases share, written once.
 */

/** Text without its leading blank lines and trailing white space: how blocks are compared. */
export const trimBlankEdges = (text: string) =>
  text.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');

/** A literal as a regular expression matching exactly it. */
export const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
