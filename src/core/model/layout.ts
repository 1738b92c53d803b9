/**
 * An imported issue kept as the sequence of its spans, so that rendering it again in its own
 * style gives back every byte, and an edit rewrites only the span it touches. Each span is
 * either something the style explains (the frame, a section heading, an item position, the
 * afterword), kept verbatim with the values it was read as, or text the style does not
 * explain, kept verbatim in place. Items themselves live on their clips (`clip.source`).
 */

export interface FrameValues {
  /** The title as the document shows it, with its date and number filled in. */
  title: string;
  number: number | null;
  date: string;
  header: string;
  intro: string;
}

export type Span =
  | { kind: 'frame'; text: string; values: FrameValues }
  | {
      kind: 'section';
      categoryId: string;
      /** The heading line and the blank lines under it. */
      line: string;
      gap: string;
      /** The label the heading was read as. */
      label: string;
      /** Text between the heading and the first item, verbatim, with what it was read as. */
      body: string;
      sectionText: string;
    }
  /** The place of one item of a category; whichever clip comes next in order fills it. */
  | { kind: 'item'; categoryId: string; gap: string }
  | { kind: 'text'; text: string }
  | { kind: 'afterword'; text: string; heading: string; afterword: string };

export interface Layout {
  /** The style the document was read by; another style renders the issue afresh. */
  style: string;
  /** The line terminator for lines written into the document. */
  eol: '\n' | '\r\n';
  spans: Span[];
}

/** An imported item's exact text, with a checksum of the fields it was read as. */
export interface ClipSource {
  style: string;
  text: string;
  sum: string;
  /** Which of the style's item templates it was read by. */
  shape: number;
}
