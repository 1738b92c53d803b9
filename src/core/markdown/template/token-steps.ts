import { type Class, lineBreak, type Scan, type Step, space } from './steps';

/**
 * Placeholders whose text is a run of tokens that split it one way only: quoted strings,
 * link text with its brackets, link destinations with their parentheses, TWiR's `[tag] `
 * prefixes, and the blank lines between a template's blocks. Like every step (steps.ts),
 * each is decided for all positions in one pass from the right.
 */

/** The length of the token at p (0 for none), given the text and its shared tables. */
type Tokenizer = (scan: Scan) => (p: number) => number;

/**
 * A greedy `(?:…)*` (or `+` with `min` 1) of tokens that split the text one way only,
 * so its ends, longest first, are the regex's order. `first` is an alternative the regex
 * tries before the tokens (a destination's `<…>`).
 */
function tokens(tokenizer: Tokenizer, min: 0 | 1, first?: (scan: Scan, at: number) => number) {
  const step: Step = {
    empty: min === 0,
    starts(scan, after, into) {
      const token = tokenizer(scan);
      const reaches = new Uint8Array(scan.text.length + 1);
      for (let p = scan.text.length; p >= 0; p--) {
        const length = p < scan.text.length ? token(p) : 0;
        const more = length > 0 && reaches[p + length] === 1;
        reaches[p] = after[p] === 1 || more ? 1 : 0;
        const alternative = first ? first(scan, p) : -1;
        into[p] =
          (min === 0 ? reaches[p] : more) || (alternative >= 0 && after[alternative]) ? 1 : 0;
      }
    },
    end(scan, at, after) {
      const alternative = first ? first(scan, at) : -1;
      if (alternative >= 0 && after[alternative]) return alternative;
      const token = tokenizer(scan);
      let best = -1;
      for (let p = at, count = 0; ; count++) {
        if (count >= min && after[p]) best = p;
        const length = p < scan.text.length ? token(p) : 0;
        if (length === 0) return best;
        p += length;
      }
    },
  };
  return step;
}

/** A table of the text, built once for every step that reads that text. */
function table(scan: Scan, key: string, build: (text: string) => Int32Array): Int32Array {
  let known = scan.tables.get(key);
  if (!known) {
    known = build(scan.text);
    scan.tables.set(key, known);
  }
  return known;
}

/**
 * For each p, the index of the `close` character a run starting at p reaches, or -1 when a
 * `stops` character, a backslash before a line break (with `escapes`) or the end comes first.
 */
function closing(text: string, close: number, stops: Class, escapes: boolean): Int32Array {
  const at = new Int32Array(text.length + 2).fill(-1);
  for (let q = text.length - 1; q >= 0; q--) {
    const c = text.charCodeAt(q);
    if (c === close) at[q] = q;
    else if (stops(c)) at[q] = -1;
    else if (c === 92 && escapes)
      at[q] = q + 1 < text.length && !lineBreak(text.charCodeAt(q + 1)) ? (at[q + 2] ?? -1) : -1;
    else at[q] = at[q + 1] ?? -1;
  }
  return at;
}

const escaped = (text: string, p: number) =>
  p + 1 < text.length && !lineBreak(text.charCodeAt(p + 1)) ? 2 : 0;

/** `(?:[^"\\\n]|\\.)*`: a quoted title or YAML string. */
export const quoted = tokens(
  ({ text }) =>
    (p) => {
      const c = text.charCodeAt(p);
      if (c === 34 || c === 10) return 0;
      return c === 92 ? escaped(text, p) : 1;
    },
  0,
);

/**
 * For each p opening a code span (a run of backticks closed by the next run of the same
 * length on the same line), the index after its closing run; -1 elsewhere.
 */
function codeSpans(text: string): Int32Array {
  const ends = new Int32Array(text.length + 1).fill(-1);
  const next = new Map<number, number>();
  for (let q = text.length - 1; q >= 0; q--) {
    if (text.charCodeAt(q) === 10) next.clear();
    if (text.charCodeAt(q) !== 96 || text.charCodeAt(q - 1) === 96) continue;
    let n = 1;
    while (text.charCodeAt(q + n) === 96) n++;
    const close = next.get(n);
    if (close !== undefined) ends[q] = close + n;
    next.set(n, q);
  }
  return ends;
}

/** The length of a code span or backtick run at p, which brackets inside cannot end. */
function backticks(text: string, spans: Int32Array, p: number): number {
  const end = spans[p] ?? -1;
  if (end >= 0) return end - p;
  let n = 1;
  while (text.charCodeAt(p + n) === 96) n++;
  return n;
}

/**
 * `(?:[^\[\]\\\n]|\\.|\[(?:[^\[\]\\\n]|\\.)*\])*`: link text, one level of brackets; a
 * code span is one token, as CommonMark reads it first, so a `]` or `[` inside it is text.
 */
export const linkText = tokens((scan) => {
  const { text } = scan;
  const inner = table(scan, 'link', (t) => closing(t, 93, (c) => c === 91 || c === 10, true));
  const spans = table(scan, 'code', codeSpans);
  return (p) => {
    const c = text.charCodeAt(p);
    if (c === 93 || c === 10) return 0;
    if (c === 92) return escaped(text, p);
    if (c === 96) return backticks(text, spans, p);
    if (c !== 91) return 1;
    const close = inner[p + 1] ?? -1;
    return close < 0 ? 0 : close + 1 - p;
  };
}, 0);

/** `<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+`: a link destination. */
export const destination = tokens(
  (scan) => {
    const { text } = scan;
    const inner = table(scan, 'paren', (t) => closing(t, 41, (c) => c === 40 || space(c), true));
    return (p) => {
      const c = text.charCodeAt(p);
      if (space(c) || c === 41) return 0;
      if (c === 92) return escaped(text, p);
      if (c !== 40) return 1;
      const close = inner[p + 1] ?? -1;
      return close < 0 ? 0 : close + 1 - p;
    };
  },
  1,
  (scan, at) => {
    if (scan.text.charCodeAt(at) !== 60) return -1;
    const angle = table(scan, 'angle', (t) => closing(t, 62, (c) => c === 60 || c === 10, false));
    const close = angle[at + 1] ?? -1;
    return close < 0 ? -1 : close + 1;
  },
);

/** `(?:\[[^\[\]\n]*\] )*`: This Week in Rust's `[tag] ` prefixes. */
export const prefix = tokens((scan) => {
  const { text } = scan;
  const inner = table(scan, 'tag', (t) => closing(t, 93, (c) => c === 91 || c === 10, false));
  return (p) => {
    if (text.charCodeAt(p) !== 91) return 0;
    const close = inner[p + 1] ?? -1;
    return close >= 0 && text.charCodeAt(close + 1) === 32 ? close + 2 - p : 0;
  };
}, 0);

/** `(?:[ \t]*\n)*` (or `+`): the blank lines between a template's blocks. */
export function blankLines(min: 0 | 1): Step {
  const generic = tokens((scan) => {
    const { text } = scan;
    return (p) => {
      let q = p;
      while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
      return text.charCodeAt(q) === 10 ? q + 1 - p : 0;
    };
  }, min);
  return {
    ...generic,
    // Line by line from the last: a line's blanks reach what the next line's start reaches.
    starts({ text }, after, into) {
      const reaches = min === 0 ? into : new Uint8Array(after.length);
      reaches.set(after);
      for (let q = text.lastIndexOf('\n'); q >= 0; q = q > 0 ? text.lastIndexOf('\n', q - 1) : -1) {
        if (!reaches[q + 1]) continue;
        let p = q;
        do {
          reaches[p] = 1;
          into[p] = 1;
          p--;
        } while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9));
      }
    },
  };
}
