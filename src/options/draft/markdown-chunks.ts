/** A run of the Markdown's lines: where it starts (0-based line) and its text, newlines kept. */
export interface Chunk {
  line: number;
  lines: number;
  text: string;
}

const HEADING = /^#{1,6} /;
const MOST_LINES = 40;

/**
 * The Markdown in pieces that start at each heading (and at least every 40 lines), so the
 * preview lays out only the pieces scrolled into view and can scroll to a heading's piece.
 * Joined, the pieces are the text exactly.
 */
export function markdownChunks(markdown: string): Chunk[] {
  const lines = markdown.split(/(?<=\n)/);
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  lines.forEach((text, line) => {
    if (!current || HEADING.test(text) || current.lines >= MOST_LINES) {
      current = { line, lines: 0, text: '' };
      chunks.push(current);
    }
    current.lines++;
    current.text += text;
  });
  return chunks;
}

/** The piece holding `line`. */
export function chunkAt(chunks: readonly Chunk[], line: number): Chunk | undefined {
  let found: Chunk | undefined;
  for (const chunk of chunks) {
    if (chunk.line > line) break;
    found = chunk;
  }
  return found;
}
