import { allStyles, type Detected, detectStyle, type HouseStyle } from '../../markdown';

/**
 * The house style the item merge reads all three texts by: the one given, else the one the
 * engine detects in the base (in a side only where the base has no item: a template).
 * Detecting explains a text by every style and assembles the winner's issue, so on a whole
 * edition it cost as much as the rest of the merge, and on a 5 MB edition it grew with it.
 * It reads the edition's head instead: the frame and the first sections, on until the head
 * holds enough items to tell the styles apart, doubling each time, so an edition whose items
 * start late is still read as far as they do. On every real edition in ../shared (fixtures
 * and the merges' four texts) the head picks the same style as the whole text.
 */

/** Lines of the first head read, and items a head must hold before its style is taken. */
export const HEAD_LINES = 32;
export const HEAD_ITEMS = 8;

/**
 * The text's first `lines` lines, carried on to the next blank line (at most `lines` more)
 * so that the cut falls between blocks, not inside an item.
 */
export function textHead(text: string, lines: number): string {
  let at = 0;
  for (let n = 0; n < lines; n++) {
    const end = text.indexOf('\n', at);
    if (end < 0) return text;
    at = end + 1;
  }
  for (let n = 0; n < lines; n++) {
    const end = text.indexOf('\n', at);
    if (end < 0) return text;
    const blank = text.slice(at, end).trim() === '';
    at = end + 1;
    if (blank) break;
  }
  return text.slice(0, at);
}

/** The style detected on the shortest head with enough items (or on the whole text). */
export function detectOnHead(text: string, styles: readonly HouseStyle[]): Detected {
  for (let lines = HEAD_LINES; ; lines *= 2) {
    const head = textHead(text, lines);
    const found = detectStyle(head, styles);
    if (found.items >= HEAD_ITEMS || head.length === text.length) return found;
  }
}

export function chooseStyle(
  texts: readonly string[],
  options: { style?: HouseStyle; styles?: readonly HouseStyle[] },
): HouseStyle {
  if (options.style) return options.style;
  const styles = options.styles ?? allStyles();
  let found = detectOnHead(texts[0] ?? '', styles);
  for (const text of texts.slice(1)) if (found.items === 0) found = detectOnHead(text, styles);
  return found.style;
}
