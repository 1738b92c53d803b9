import { normalizeUrl } from '../../links/normalize';
import { bare, explain, type HouseStyle, isBlank, type Piece, parseDocument } from '../../markdown';

/**
 * An edition as the merge sees it: a sequence of units that covers every line. An item (as
 * the engine's reading by the house style finds it) is one unit; every other non-blank
 * line, headings and the frame included, is a unit of its own. Each unit carries the blank
 * lines above it (its lead: how the section spaces its items), so spacing merges leniently
 * and never makes a conflict of its own. Items are known by their link, normalised, or
 * else by their text, so an item keeps its identity when its title or comment changes.
 */

export interface Unit {
  item: boolean;
  /** Identity: `u:` and the normalised URL, `x:` and the item's text, `t:` and the line. */
  key: string;
  /** The blank lines above the unit, as written. */
  lead: string;
  /** The unit's own lines without the last line's terminator. */
  text: string;
  /** First line (of the lead, for an item) and the line after the unit. */
  start: number;
  end: number;
  /** The section it stands in: its heading's label; empty above the first section. */
  section: string;
}

export interface Reading {
  lines: string[];
  units: Unit[];
  /** 1 where a unit starts (and at the end): where a merge block may begin or end. */
  starts: Uint8Array;
  items: number;
  sections: Set<string>;
}

/** Lines `from` to `to` as one string; most leads are empty and most items one line. */
function span(lines: readonly string[], from: number, to: number): string {
  if (to <= from) return '';
  if (to === from + 1) return lines[from] ?? '';
  return lines.slice(from, to).join('');
}

/**
 * Items' links as keys, each normalised once for the three texts of a merge: most links
 * stand in all three, and normalising parses the URL.
 */
export class UrlKeys {
  private readonly keys = new Map<string, string>();
  key(url: string): string {
    let key = this.keys.get(url);
    if (key === undefined) {
      key = `u:${normalizeUrl(url)}`;
      this.keys.set(url, key);
    }
    return key;
  }
}

function contentEnd(lines: readonly string[], start: number, end: number): number {
  let last = end;
  while (last > start && isBlank(lines[last - 1] ?? '')) last--;
  return last;
}

class Builder {
  readonly units: Unit[] = [];
  private section = '';
  private leadStart = -1;
  private readonly seen = new Map<string, number>();
  constructor(
    readonly lines: string[],
    private readonly urls: UrlKeys,
  ) {}

  private unique(key: string): string {
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    return count ? `${key}#${count}` : key;
  }

  /** A line of its own, with the blank lines waiting above it as its lead. */
  private line(i: number): void {
    const text = bare(this.lines[i] ?? '');
    const key = `t:${text}`;
    const from = this.leadStart < 0 ? i : this.leadStart;
    const lead = span(this.lines, from, i);
    this.leadStart = -1;
    const { section } = this;
    this.units.push({ item: false, key, lead, text, start: from, end: i + 1, section });
  }

  /** Blank lines at the very end, which lead nothing: lines of their own. */
  private flushLead(): void {
    if (this.leadStart < 0) return;
    const from = this.leadStart;
    this.leadStart = -1;
    for (let i = from; i < this.at; i++) this.line(i);
  }

  /** The first line not yet in a unit. */
  at = 0;

  /** Lines no piece covers: blank ones wait to lead an item, others are units. */
  loose(until: number): void {
    for (; this.at < until; this.at++) {
      if (isBlank(this.lines[this.at] ?? '')) {
        if (this.leadStart < 0) this.leadStart = this.at;
      } else this.line(this.at);
    }
  }

  piece(piece: Piece): void {
    const start = Math.max(piece.start, this.at);
    this.loose(start);
    const end = contentEnd(this.lines, start, piece.end);
    if (end <= start) return;
    if (piece.kind === 'item') {
      const from = this.leadStart < 0 ? start : this.leadStart;
      this.leadStart = -1;
      const text = bare(span(this.lines, start, end));
      const url = piece.values.url ?? '';
      const key = this.unique(url ? this.urls.key(url) : `x:${text.trim()}`);
      const lead = span(this.lines, from, start);
      this.units.push({ item: true, key, lead, text, start: from, end, section: this.section });
      this.at = end;
    } else {
      if (piece.kind === 'section') this.section = piece.label.name;
      this.loose(end);
    }
  }

  finish(): void {
    this.loose(this.lines.length);
    this.flushLead();
  }
}

/** Reads a text by a style into units. */
export function readUnits(text: string, style: HouseStyle, urls = new UrlKeys()): Reading {
  const parsed = parseDocument(text);
  const explained = explain(parsed, style);
  const builder = new Builder(parsed.lines, urls);
  builder.loose(Math.min(explained.startLine, parsed.lines.length));
  for (const piece of explained.pieces) builder.piece(piece);
  builder.finish();
  const { units } = builder;
  const starts = new Uint8Array(parsed.lines.length + 1);
  for (const unit of units) starts[unit.start] = 1;
  starts[parsed.lines.length] = 1;
  const sections = new Set(units.filter((u) => !u.item && u.section).map((u) => u.section));
  return {
    lines: parsed.lines,
    units,
    starts,
    items: units.filter((u) => u.item).length,
    sections,
  };
}
