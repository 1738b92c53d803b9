/**
 * A document as lines that keep their own terminators, so that any range of lines joins
 * back to exactly the bytes it came from (CRLF, a lone CR, no final newline). CommonMark
 * parsers count lines the same way (`\r\n`, `\r` and `\n` each end one), which is what
 * lets their line ranges index this array.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  const end = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    lines.push(text.slice(start, end.lastIndex));
    start = end.lastIndex;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** The line without its terminator. */
export function bare(line: string): string {
  return line.replace(/(?:\r\n|\r|\n)$/, '');
}

export function isBlank(line: string): boolean {
  return /^[ \t]*(?:\r\n|\r|\n)?$/.test(line);
}

/** The terminator most lines use, for lines the engine writes into the document. */
export function dominantEol(lines: readonly string[]): string {
  let crlf = 0;
  let lf = 0;
  for (const line of lines) {
    if (line.endsWith('\r\n')) crlf++;
    else if (line.endsWith('\n')) lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Text written with `\n` converted to the document's terminator. */
export function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}
