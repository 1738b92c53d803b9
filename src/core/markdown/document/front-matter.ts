import { bare } from './lines';

/**
 * The one reader of a document's front matter: where the leading YAML block ends, and its
 * flat `key: value` fields (strings, booleans, lists of strings), which is all that digest
 * front matter holds. The frame reads the title from it and a site's checks its fields.
 */

export type FrontMatterValue = string | boolean | string[];

/** How many leading lines are a `---` block closed by `---` or `...`; 0 when none. */
export function frontMatterLength(lines: readonly string[]): number {
  if (bare(lines[0] ?? '') !== '---') return 0;
  // A block left open is not front matter; past this many lines it is a thematic break.
  for (let i = 1; i < Math.min(lines.length, 500); i++) {
    if (/^(?:---|\.\.\.)$/.test(bare(lines[i] ?? ''))) return i + 1;
  }
  return 0;
}

/** A YAML scalar as written, without its quotes. */
export function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(trimmed);
  if (!quoted) return trimmed;
  return quoted[1] !== undefined
    ? quoted[1].replace(/\\(.)/g, '$1')
    : (quoted[2] ?? '').replace(/''/g, "'");
}

function scalar(raw: string): FrontMatterValue {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const inner = raw.slice(1, -1).trim();
    return inner ? (inner.match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,]+/g) ?? []).map(unquote) : [];
  }
  return unquote(raw);
}

/** The fields of the front matter, the first of a repeated key; null when there is none. */
export function readFrontMatter(lines: readonly string[]): Map<string, FrontMatterValue> | null {
  const length = frontMatterLength(lines);
  if (length === 0) return null;
  const fields = new Map<string, FrontMatterValue>();
  let list: string[] | null = null;
  for (const line of lines.slice(1, length - 1).map(bare)) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    list = null;
    if (!field?.[1] || fields.has(field[1])) continue;
    const raw = (field[2] ?? '').trim();
    if (raw === '') {
      list = [];
      fields.set(field[1], list);
    } else fields.set(field[1], scalar(raw));
  }
  return fields;
}
