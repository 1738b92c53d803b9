import { decodeFor } from './decode';
import { compileProgram, type Node, type Program } from './program';
import type { Scan } from './steps';
import type { Template } from './template';

/**
 * Reading an item by a template in time linear in its length: one pass from the right
 * marks, before each step, the positions from which the rest of the template can still
 * reach the end of the text; one pass from the left then takes, at each step, the first
 * end in the regex's order that keeps the rest reachable. That is the match a
 * backtracking engine finds, without its search: each step costs one pass over the text.
 */

/**
 * Work allowed for reading one document: steps times characters. Past it reading stops
 * with a ReadLimitError instead of holding the page or the command line.
 */
export class ReadBudget {
  /** Units spent so far. */
  spent = 0;

  constructor(
    private readonly limit: number,
    private readonly style: string,
  ) {}

  spend(units: number): void {
    this.spent += units;
    if (this.spent > this.limit) throw new ReadLimitError(this.style);
  }
}

export class ReadLimitError extends Error {
  constructor(readonly style: string) {
    super(
      `reading stopped: style "${style}" has too many placeholders for a document this long; read it with a simpler style or split the document`,
    );
  }
}

/** Where each step starts, for a sequence of nodes ending in `after`. */
interface Plan {
  /** `at[i]`: positions from which nodes i… reach `after`; `at[nodes.length]` is `after`. */
  at: Uint8Array[];
  /** The plan of each optional node's body, ending where that node ends. */
  inner: (Plan | undefined)[];
}

// Sets are views into one buffer reused from reading to reading (reading is synchronous):
// allocating them one by one made the garbage collector the larger part of an import.
let pool = new Uint8Array(1 << 16);
let used = 0;

function zeroed(size: number): Uint8Array {
  if (used + size > pool.length) {
    pool = new Uint8Array(Math.max(pool.length * 2, size * 16));
    used = 0;
  }
  const set = pool.subarray(used, used + size);
  used += size;
  return set.fill(0);
}

function plan(
  scan: Scan,
  nodes: Node[],
  after: Uint8Array,
  budget?: ReadBudget,
  /** Only the first position matters before the first node: the whole text's start. */
  top = false,
): Plan {
  const size = scan.text.length + 1;
  const at: Uint8Array[] = new Array(nodes.length + 1);
  const inner: (Plan | undefined)[] = new Array(nodes.length);
  at[nodes.length] = after;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as Node;
    const next = at[i + 1] as Uint8Array;
    const starts = zeroed(size);
    budget?.spend(size);
    if (node.kind === 'step' && top && i === 0)
      starts[0] = node.step.end(scan, 0, next) >= 0 ? 1 : 0;
    else if (node.kind === 'step') node.step.starts(scan, next, starts);
    else {
      const body = plan(scan, node.body, next, budget);
      inner[i] = body;
      const first = body.at[0] as Uint8Array;
      for (let p = 0; p < size; p++) starts[p] = first[p] || next[p] ? 1 : 0;
    }
    if (scan.paired) clearSplitPairs(scan.text, starts);
    // From nowhere, nothing before can reach the end either.
    if (starts.indexOf(1) < 0) {
      at.fill(starts, 0, i + 1);
      break;
    }
    at[i] = starts;
  }
  return { at, inner };
}

/** No step ends between the two halves of a surrogate pair, as in a `u` regex. */
function clearSplitPairs(text: string, set: Uint8Array): void {
  for (let p = 1; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const before = text.charCodeAt(p - 1);
      if (before >= 0xd800 && before <= 0xdbff) set[p] = 0;
    }
  }
}

const PAIRED = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** The text holds the template's literals in order, as any match must: most texts do not. */
function mayMatch(program: Program, text: string): boolean {
  let from = 0;
  for (const literal of program.required) {
    const at = text.indexOf(literal, from);
    if (at < 0) return false;
    from = at + literal.length;
  }
  const first = program.nodes[0];
  if (first?.kind === 'step' && first.step.text !== undefined && !text.startsWith(first.step.text))
    return false;
  const last = program.nodes.at(-1);
  return !(last?.kind === 'step' && last.step.text !== undefined && !text.endsWith(last.step.text));
}

type Spans = ([number, number] | undefined)[];

/** Walks the nodes from `pos` by the plan; returns the end, recording each capture. */
function take(scan: Scan, nodes: Node[], where: Plan, pos: number, spans: Spans): number {
  let at = pos;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    const next = where.at[i + 1] as Uint8Array;
    if (node.kind === 'step') {
      const end = node.step.end(scan, at, next);
      if (node.capture !== undefined) spans[node.capture] = [at, end];
      at = end;
      continue;
    }
    // A regex's `(?:…)?` takes its body first, but never a body that matched nothing; one
    // left out first (the text above a card) only where the rest cannot go on without it.
    if (node.leftOutFirst && next[at]) continue;
    let body = where.inner[i] as Plan;
    if (node.empty && next[at]) {
      const elsewhere = zeroed(next.length);
      elsewhere.set(next);
      elsewhere[at] = 0;
      body = plan(scan, node.body, elsewhere);
    }
    if (body.at[0]?.[at]) at = take(scan, node.body, body, at, spans);
  }
  return at;
}

const cache = new WeakMap<Template, Map<number, Program>>();

function programOf(template: Template, lowestLevel: number): Program {
  const byLevel = cache.get(template) ?? new Map<number, Program>();
  cache.set(template, byLevel);
  const known = byLevel.get(lowestLevel);
  if (known) return known;
  const program = compileProgram(template, lowestLevel);
  byLevel.set(lowestLevel, program);
  return program;
}

// Past this an item is taken as text: no real item comes near it, and each step of a
// reading holds a byte per character.
const MAX_ITEM = 200_000;

/**
 * Reads one item (its lines joined with `\n`, no trailing blank lines) by a template.
 * Returns the values, decoded, or null when the text is not of this shape. A heading
 * template also matches one level higher (a `##` item written where `###` is usual).
 * A budget, when given, pays for the reading and stops it once spent.
 */
export function matchTemplate(
  template: Template,
  text: string,
  lowestLevel = (template.headingLevel ?? 1) - 1,
  budget?: ReadBudget,
): Record<string, string> | null {
  if (text.length > MAX_ITEM) return null;
  const program = programOf(template, Math.max(1, lowestLevel));
  if (!mayMatch(program, text)) return null;
  used = 0;
  const scan: Scan = { text, tables: new Map(), paired: PAIRED.test(text) };
  const end = zeroed(text.length + 1);
  end[text.length] = 1;
  const where = plan(scan, program.nodes, end, budget, true);
  if (!where.at[0]?.[0]) return null;
  const spans: Spans = new Array(program.captures.length);
  take(scan, program.nodes, where, 0, spans);
  const values: Record<string, string> = {};
  program.captures.forEach((capture, index) => {
    const span = spans[index];
    if (span === undefined || Object.hasOwn(values, capture.name)) return;
    values[capture.name] = decodeFor(capture.context, text.slice(span[0], span[1]));
  });
  return values;
}
