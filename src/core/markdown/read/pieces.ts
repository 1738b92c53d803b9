import type { Layout } from '../../model/layout';
import type { Block } from '../document/blocks';
import type { CompiledStyle } from '../style/compile';

/** What reading a document by a style yields, before assemble.ts makes the issue of it. */

/** A document split into lines and parsed once, to be read by any number of styles. */
export interface Parsed {
  lines: string[];
  eol: Layout['eol'];
  frontMatter: number;
  blocks: Block[];
  /** The document opened with a byte order mark, which `lines` leave out. */
  bom?: boolean;
}

/** What a style makes of a parsed document: its pieces, and where the body starts. */
export interface Explained {
  style: CompiledStyle;
  pieces: Piece[];
  /** The first line of the body; lines above it are the frame. */
  startLine: number;
  titleLine: number;
}

/** One run of the document the style explains, or text it does not. */
export type Piece =
  | { kind: 'item'; start: number; end: number; values: Record<string, string>; shape: number }
  | {
      kind: 'section';
      start: number;
      end: number;
      label: { emoji: string; name: string };
      level: number;
      /** The heading has the shape of the style's section template. */
      fits: boolean;
    }
  | { kind: 'text'; start: number; end: number };
