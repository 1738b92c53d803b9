import { type Category, type Clip, categoryLabel, type IssueDocument } from '../../model';
import type { Layout, Span } from '../../model/layout';
import { orderedCategories } from '../../model/order';
import { frameValues, renderFrame, rewriteFrame } from '../document/frame';
import { withEol } from '../document/lines';
import { trimBlankEdges } from '../document/text';
import type { CompiledStyle } from '../style/compile';
import {
  afterwordText,
  clipsByCategory,
  itemJoin,
  itemOf,
  keptSource,
  renderItem,
  sectionHeading,
} from './parts';

/** Writes an issue read from a document back over that document's spans (see write.ts). */
type Block = { categoryId: string | null; spans: Span[] };

export class LayoutWriter {
  private readonly groups: Map<string, Clip[]>;
  private readonly eol: string;
  // Parts joined once at the end, with the last character kept aside: reading the end of
  // a string grown by `+=` flattens it, which made every emit copy all written so far.
  private readonly out: string[] = [];
  private last = '';

  constructor(
    private readonly doc: IssueDocument,
    private readonly style: CompiledStyle,
    private readonly layout: Layout,
  ) {
    this.groups = clipsByCategory(doc.clips);
    this.eol = layout.eol;
  }

  private emit(text: string): void {
    if (text === '') return;
    const last = this.last.charCodeAt(this.last.length - 1);
    // After nothing, or after only the document's byte order mark, no line is to be ended.
    if (this.last !== '' && this.last !== '\uFEFF' && last !== 10 && last !== 13)
      this.push(this.eol);
    this.push(text);
  }

  private push(text: string): void {
    this.out.push(text);
    // Enough of the end for the checks on it: the last character and a blank line.
    this.last = (text.length >= 4 ? text : this.last + text).slice(-4);
  }

  /** The written text ends with a blank line. */
  private endsBlank(): boolean {
    return this.last.endsWith('\n\n') || this.last.endsWith('\r\n\r\n');
  }

  private lines(text: string): string {
    return withEol(text, this.eol);
  }

  /** Splits the spans into the head, one block per category, and the tail. */
  private blocks(): { head: Span[]; sections: Block[]; tail: Span[] } {
    const head: Span[] = [];
    const sections: Block[] = [];
    const tail: Span[] = [];
    let target = head;
    for (const span of this.layout.spans) {
      if (span.kind === 'section' || (span.kind === 'item' && target === head)) {
        const block: Block = { categoryId: span.categoryId, spans: [] };
        sections.push(block);
        target = block.spans;
      } else if (span.kind === 'afterword') target = tail;
      target.push(span);
    }
    return { head, sections, tail };
  }

  write(): string {
    const { issue } = this.doc;
    const { head, sections, tail } = this.blocks();
    for (const span of head)
      this.emit(span.kind === 'frame' ? this.frame(span) : 'text' in span ? span.text : '');
    const byCategory = new Map(sections.map((block) => [block.categoryId, block]));
    for (const category of orderedCategories(issue, this.doc.categories)) {
      const block = byCategory.get(category.id);
      if (block) this.section(block, category);
      else this.freshSection(category);
    }
    for (const span of tail) {
      if (span.kind === 'afterword') this.afterword(span);
      else if (span.kind === 'text') this.emit(span.text);
    }
    if (!tail.some((s) => s.kind === 'afterword') && issue.afterword) {
      this.emit(`${this.eol}${this.lines(afterwordText(this.style, issue))}${this.eol}`);
    }
    return this.out.join('');
  }

  private frame(span: Extract<Span, { kind: 'frame' }>): string {
    const now = frameValues(this.doc.issue);
    const old = span.values;
    const same = (Object.keys(old) as (keyof typeof old)[]).every((key) => old[key] === now[key]);
    if (same) return span.text;
    // The document's byte order mark stays first, whatever the frame becomes.
    const bom = span.text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const frame =
      rewriteFrame(span.text.slice(bom.length), old, now, this.eol) ??
      `${this.lines(renderFrame(this.style, this.doc.issue))}${this.eol}${this.eol}`;
    return bom + frame;
  }

  private afterword(span: Extract<Span, { kind: 'afterword' }>): void {
    const { issue } = this.doc;
    if (issue.afterwordHeading === span.heading && issue.afterword === span.afterword) {
      this.emit(span.text);
    } else if (issue.afterword || issue.afterwordHeading) {
      this.emit(`${this.lines(afterwordText(this.style, issue))}${this.eol}`);
    }
  }

  private itemText(clip: Clip, shape: number): string {
    return (
      keptSource(this.style, clip) ??
      `${this.lines(renderItem(this.style, clip, shape))}${this.eol}`
    );
  }

  /** What follows an item's last line before the next item: the style's item join. */
  private styleGap(): string {
    return itemJoin(this.style).slice(1).replaceAll('\n', this.eol);
  }

  /** The template most of the section's items were read by: new ones follow it. */
  private shapeOf(clips: Clip[]): number {
    const counts = new Map<number, number>();
    for (const clip of clips) {
      if (clip.source?.style !== this.style.style.name) continue;
      if (!this.style.items[clip.source.shape]?.names.includes('url')) continue;
      counts.set(clip.source.shape, (counts.get(clip.source.shape) ?? 0) + 1);
    }
    let best = 0;
    let most = 0;
    for (const [shape, count] of counts) if (count > most) [best, most] = [shape, count];
    return best;
  }

  /**
   * A section from the document: its heading, its text, and its clips filling the item
   * places in order. Each place keeps the spacing that followed it; clips beyond the places
   * follow the last one, spaced in the style, and the last clip takes the spacing that
   * closed the section's run of items, so what follows the section stays where it was.
   */
  private section(block: Block, category: Category): void {
    const clips = this.groups.get(category.id) ?? [];
    const shape = this.shapeOf(clips);
    const gaps = block.spans.flatMap((s) => (s.kind === 'item' ? [s.gap] : []));
    const n = gaps.length;
    const m = clips.length;
    const gapFor = (i: number): string => {
      if (i === m - 1) return n > 0 ? (gaps[n - 1] ?? '') : this.eol;
      return i < n - 1 ? (gaps[i] ?? '') : this.styleGap();
    };
    let next = 0;
    const one = () => {
      this.emit(this.itemText(clips[next] as Clip, shape) + gapFor(next));
      next++;
    };
    const rest = () => {
      while (next < m) one();
    };
    let seen = 0;
    for (const span of block.spans) {
      if (span.kind === 'section') {
        this.emit(this.heading(span, category));
        if (n === 0) rest();
      } else if (span.kind === 'item') {
        seen++;
        if (seen === n) rest();
        else if (next < m) one();
      } else if (span.kind === 'text') this.emit(span.text);
    }
  }

  private heading(span: Extract<Span, { kind: 'section' }>, category: Category): string {
    const label = categoryLabel(category, 'markdown');
    const line =
      label === span.label
        ? span.line
        : `${this.lines(sectionHeading(this.style, category))}${this.eol}`;
    const text = this.doc.issue.sectionText[category.id] ?? '';
    const body =
      text === span.sectionText
        ? span.body
        : text
          ? `${this.lines(trimBlankEdges(text))}${this.eol}${this.eol}`
          : '';
    return line + span.gap + body;
  }

  /** A category the document did not have: written in the style, before the afterword. */
  private freshSection(category: Category): void {
    const clips = this.groups.get(category.id) ?? [];
    const text = trimBlankEdges(this.doc.issue.sectionText[category.id] ?? '');
    if (clips.length === 0 && !text) return;
    const parts = [sectionHeading(this.style, category)];
    if (text) parts.push(text);
    const items = clips.map((clip) => itemOf(this.style, clip)).filter(Boolean);
    if (items.length) parts.push(items.join(itemJoin(this.style)));
    if (this.last !== '' && !this.endsBlank()) this.emit(this.eol);
    this.emit(`${this.lines(parts.join('\n\n'))}${this.eol}${this.eol}`);
  }
}
