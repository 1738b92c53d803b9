import MarkdownIt from 'markdown-it';

/**
 * The document's top-level blocks as a CommonMark parser sees them, each with the range of
 * lines it covers. Structure comes from markdown-it's block tokens rather than from line
 * patterns, so a `<!--` inside inline code, or a fence line indented inside a code block,
 * is whatever CommonMark says it is and never forges a heading or hides the rest.
 */

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'html'
  | 'hr'
  | 'fence'
  | 'code'
  | 'quote'
  | 'table'
  | 'other';

export interface Block {
  kind: BlockKind;
  /** First line (0-based) and the line after the last, into the parsed lines. */
  start: number;
  end: number;
  /** 1 to 6 for headings. */
  level?: number;
  /** A heading's inline text as written (trailing `#`s removed by the parser). */
  text?: string;
  /** A list's items, each as a line range. */
  items?: { start: number; end: number }[];
}

const KINDS: Record<string, BlockKind> = {
  heading_open: 'heading',
  paragraph_open: 'paragraph',
  bullet_list_open: 'list',
  ordered_list_open: 'list',
  html_block: 'html',
  hr: 'hr',
  fence: 'fence',
  code_block: 'code',
  blockquote_open: 'quote',
  table_open: 'table',
};

let parser: InstanceType<typeof MarkdownIt> | null = null;

function markdown(): InstanceType<typeof MarkdownIt> {
  // Raw HTML on: digests write cards and genre headings as HTML blocks. GFM tables on,
  // so a table is one block rather than a paragraph with pipes. Only the block structure
  // is wanted: the inline pass (most of the parse) and the typographic ones are left out.
  if (!parser) {
    parser = new MarkdownIt('default', { html: true });
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  }
  return parser;
}

/** Parses the lines `from` onwards; ranges in the result index the whole `lines` array. */
export function topBlocks(lines: readonly string[], from = 0): Block[] {
  const source = lines.slice(from).join('');
  const tokens = markdown().parse(source, {});
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.level !== 0 || !token.map || token.nesting === -1) continue;
    const [start, end] = token.map;
    const block: Block = {
      kind: KINDS[token.type] ?? 'other',
      start: start + from,
      end: end + from,
    };
    if (block.kind === 'heading') {
      block.level = Number(token.tag.slice(1));
      block.text = tokens[i + 1]?.content ?? '';
    }
    if (block.kind === 'list') {
      block.items = [];
      for (let j = i + 1; j < tokens.length; j++) {
        const inner = tokens[j];
        if (!inner || inner.level === 0) break;
        if (inner.level === 1 && inner.type === 'list_item_open' && inner.map) {
          block.items.push({ start: inner.map[0] + from, end: inner.map[1] + from });
        }
      }
    }
    blocks.push(block);
  }
  return blocks;
}
