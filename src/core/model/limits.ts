/**
 * The limits every door of the data agrees on: the popup, the worker, the clip editor, the
 * Markdown import, the merge and the backup format. They sit far above real use (the
 * longest comment seen in real digests is a few KB, the longest real link a few KB) and keep
 * a hostile page or file from exhausting memory. Written once so that whatever one door
 * accepts, a backup carries and a restore accepts again.
 */

/** A comment, description, intro or other long text. */
export const MAX_LONG_TEXT = 2_000_000;

/** A single-line value: a heading, a title, a label. */
export const MAX_LINE = 10_000;

/**
 * A link. Common servers refuse request lines over 8 KB, so a longer "link" is pasted
 * data; long Google Maps or search URLs reach a few KB.
 */
export const MAX_URL_LENGTH = 16 * 1024;

/** A published issue's frozen Markdown: all of its fields and clips written out. */
export const MAX_PUBLISHED_MARKDOWN = MAX_LONG_TEXT * 10;

/** The spans of an imported document (see layout.ts). */
export const MAX_SPANS = 200_000;

/** A short value: an emoji, a date as a document showed it. */
export const MAX_SHORT = 64;

/** A house style's name: it names files, settings and the style in a backup. */
export const STYLE_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
