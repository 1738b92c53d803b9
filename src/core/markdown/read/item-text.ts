import { bare } from '../document/lines';
import { matchTemplate, type ReadBudget } from '../template/match';
import type { Template } from '../template/template';

/**
 * An item's text as its template can read it, where the digest wrote it another way a
 * reader sees as the same: a reference link (`[text][ref]` with `[ref]: url` further down)
 * as the inline link it stands for, and link text wrapped over several lines as one line.
 * Only the values come from this reading; the item's own lines are kept as they are.
 */

/** `[label]: url` lines anywhere in the document, by label as CommonMark matches them. */
export function linkDefinitions(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of lines) {
    const definition = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/.exec(bare(line));
    const label = definition?.[1];
    const url = definition?.[2];
    if (!label || !url) continue;
    const key = labelKey(label);
    // The first definition of a label is the one a link uses.
    if (!found.has(key)) found.set(key, url);
  }
  return found;
}

const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Link text over several lines of a list item or paragraph, joined by single spaces. */
function unwrapLinkText(text: string): string {
  if (!text.includes('\n')) return text;
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
    if (c === '\n' && depth > 0) {
      // A blank line ends any link text, so there is nothing to join across it.
      const rest = /^\n[ \t]*/.exec(text.slice(i))?.[0] ?? '\n';
      if (text[i + rest.length] === '\n') return text;
      out += ' ';
      i += rest.length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

/** `[text][ref]` and `[text][]` whose label is defined, written as `[text](url)`. */
function inlineReferences(text: string, definitions: ReadonlyMap<string, string>): string {
  if (definitions.size === 0 || !text.includes('][')) return text;
  return text.replace(
    /\[((?:[^[\]\\\n]|\\.)+)\]\[((?:[^[\]\\\n]|\\.)*)\]/g,
    (whole, label: string, ref: string) => {
      const url = definitions.get(labelKey(ref || label));
      return url ? `[${label}](${url})` : whole;
    },
  );
}

/** The item's text read another way, or null when there is none. */
export function otherReading(
  text: string,
  definitions: ReadonlyMap<string, string>,
): string | null {
  const read = inlineReferences(unwrapLinkText(text), definitions);
  return read === text ? null : read;
}

/** The text with its list marker written as the template writes it (`-` and `+` as `*`). */
export function withMarker(text: string, marker: string): string {
  const own = text[0];
  return own !== marker && (own === '*' || own === '-' || own === '+')
    ? marker + text.slice(1)
    : text;
}

/**
 * Reads an item by one template: as written, then as a reader sees it (its list marker as
 * the template's, link text unwrapped, reference links inline). `other` is the item's
 * other reading when already worked out (see otherReading).
 */
export function readItem(
  template: Template,
  text: string,
  definitions: ReadonlyMap<string, string>,
  budget?: ReadBudget,
  other: string | null = otherReading(text, definitions),
): Record<string, string> | null {
  const marker = template.source[0] ?? '*';
  const mine = template.listItem ? withMarker(text, marker) : text;
  const values = matchTemplate(template, mine, undefined, budget);
  if (values || !other) return values;
  return matchTemplate(
    template,
    template.listItem ? withMarker(other, marker) : other,
    undefined,
    budget,
  );
}
