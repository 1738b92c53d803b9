/**
 * The pieces an item is read by, each a language that is decided for every position of the
 * text in one pass from the right: a literal, a run of heading marks, or what a placeholder
 * may hold in its context. They replaced one regular expression per template, whose
 * backtracking tried every way of splitting a line among placeholders side by side
 * (`{a}{b}{c}…`): minutes for one item. Each step reads exactly the text its regex did and
 * chooses among ends in the regex's order (shortest first for a lazy one, longest first
 * for a greedy one), so items read as they always have. Positions are UTF-16 indexes; the
 * matcher never ends a step inside a surrogate pair.
 */

/** The text being read, with tables steps build once per text and share. */
export interface Scan {
  text: string;
  tables: Map<string, Int32Array>;
  /** The text holds a surrogate pair, whose halves no step may end between. */
  paired: boolean;
}

export interface Step {
  /** Sets `into[p]` for each position p from which this step can end at a position in `after`. */
  starts(scan: Scan, after: Uint8Array, into: Uint8Array): void;
  /** The end the regex would take from `at` among the positions in `after`; -1 for none. */
  end(scan: Scan, at: number, after: Uint8Array): number;
  /** It can match no text at all. */
  empty: boolean;
  /** A literal's text. */
  text?: string;
}

export type Class = (code: number) => boolean;

export const lineBreak: Class = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
/** JavaScript's `\s`. */
export const space: Class = (c) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Text that must be there, as written. */
export function literal(text: string): Step {
  return {
    empty: false,
    text,
    starts({ text: within }, after, into) {
      for (let at = within.indexOf(text); at >= 0; at = within.indexOf(text, at + 1))
        if (after[at + text.length]) into[at] = 1;
    },
    end: ({ text: within }, at, after) =>
      within.startsWith(text, at) && after[at + text.length] ? at + text.length : -1,
  };
}

/** `#{min,max}`, greedy: a heading's marks, a level higher allowed. */
export function hashes(min: number, max: number): Step {
  const count = ({ text }: Scan, at: number) => {
    let k = 0;
    while (k < max && text.charCodeAt(at + k) === 35) k++;
    return k;
  };
  const end = (scan: Scan, at: number, after: Uint8Array) => {
    for (let k = count(scan, at); k >= min; k--) if (after[at + k]) return at + k;
    return -1;
  };
  return {
    empty: min === 0,
    starts(scan, after, into) {
      for (let p = 0; p <= scan.text.length; p++)
        if ((min === 0 || scan.text.charCodeAt(p) === 35) && end(scan, p, after) >= 0) into[p] = 1;
    },
    end,
  };
}

/**
 * Any number (at least `min`) of characters of one class: `.*?`, `[\s\S]+?`, `[^"\n]*`. The
 * class is every character but `stops` (a global regex of one character, or none), so the
 * text splits into segments, each read with the typed array's own search and fill.
 */
function run(stops: RegExp | null, min: 0 | 1, lazy: boolean): Step {
  /** Where the segment holding `from` ends: its stop character, or the end of the text. */
  const stopAfter = (text: string, from: number) => {
    if (!stops) return text.length;
    stops.lastIndex = from;
    return stops.exec(text)?.index ?? text.length;
  };
  return {
    empty: min === 0,
    starts({ text }, after, into) {
      for (let from = 0; from <= text.length; ) {
        const stop = stopAfter(text, from);
        // Within a segment every position reaches the last end it holds, and no further.
        const last = after.lastIndexOf(1, stop);
        if (last >= from) into.fill(1, from, min === 0 ? last + 1 : last);
        from = stop + 1;
      }
    },
    end({ text }, at, after) {
      const stop = stopAfter(text, at);
      const first = at + min;
      if (first > stop) return -1;
      const end = lazy ? after.indexOf(1, first) : after.lastIndexOf(1, stop);
      return end >= first && end <= stop ? end : -1;
    },
  };
}

const anyText = run(null, 0, true);
const someText = run(null, 1, true);
const lineText = run(/[\n\r\u2028\u2029]/g, 0, true);
const attribute = run(/["\n]/g, 0, false);
const singleQuoted = run(/['\n]/g, 0, false);
const urlRest = run(/[\s<>]/g, 1, false);

/** `https?:\/\/[^\s<>]+`: a bare link. */
const bareUrl: Step = {
  empty: false,
  starts(scan, after, into) {
    const rest = new Uint8Array(scan.text.length + 1);
    urlRest.starts(scan, after, rest);
    for (let at = scan.text.indexOf('http'); at >= 0; at = scan.text.indexOf('http', at + 1)) {
      const scheme = schemeLength(scan.text, at);
      if (scheme && rest[at + scheme]) into[at] = 1;
    }
  },
  end(scan, at, after) {
    const scheme = schemeLength(scan.text, at);
    return scheme ? urlRest.end(scan, at + scheme, after) : -1;
  },
};

function schemeLength(text: string, at: number): number {
  if (text.startsWith('https://', at)) return 8;
  return text.startsWith('http://', at) ? 7 : 0;
}

export { anyText, attribute, bareUrl, lineText, singleQuoted, someText };
