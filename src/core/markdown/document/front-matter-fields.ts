import { frontMatterLength } from './front-matter';
import { bare } from './lines';

/**
 * The issue's own front-matter values: Zenn's `emoji`, `topics` and `published`, or a
 * Jekyll post's `date` with its time, change from one issue to the next while the style's
 * frame stays the same. The editor sets a field's value as YAML text; the written issue
 * carries it on that field's line, wherever the frame (or an imported issue's own text)
 * put the line, and nothing else of the document changes.
 */

/** A field name as front matter writes one. */
export const FIELD_NAME = /^[A-Za-z_][\w-]*$/;

/** The title is the issue's own title field, not a value set here. */
const BOUND = new Set(['title']);

const LINE = /^([A-Za-z_][\w-]*)([ \t]*:[ \t]*)(.*)$/;

export interface FrontMatterField {
  key: string;
  /** The value as the YAML text holds it, quotes and brackets included. */
  value: string;
}

/**
 * The single-line fields of the document's front matter an editor may set, in their
 * order; a field whose value is a block (a list on the lines below) is left to the text.
 */
export function editableFrontMatter(markdown: string): FrontMatterField[] {
  const lines = markdown.slice(0, 64 * 1024).split('\n');
  const length = frontMatterLength(lines);
  const fields: FrontMatterField[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1, Math.max(length - 1, 1))) {
    const match = LINE.exec(bare(line));
    const key = match?.[1];
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const value = (match[3] ?? '').trimEnd();
    if (value && !BOUND.has(key)) fields.push({ key, value });
  }
  return fields;
}

/** Why a value cannot stand on its field's line, or null when it can. */
export function frontMatterValueProblem(value: string): string | null {
  if (/[\r\n]/.test(value)) return 'A front-matter value is one line.';
  if (value.trim() === '') return 'A front-matter value cannot be empty.';
  return null;
}

/**
 * The document with each field of `values` set on its line (the spacing around its colon
 * kept); a field the front matter lacks is added at its end. A document without front
 * matter, or a value that could not stand on one line, is left as it is.
 */
export function withFrontMatter(
  markdown: string,
  values: Readonly<Record<string, string>> | undefined,
): string {
  const wanted = Object.entries(values ?? {}).filter(
    ([key, value]) => FIELD_NAME.test(key) && !BOUND.has(key) && !frontMatterValueProblem(value),
  );
  if (!wanted.length) return markdown;
  const lines = markdown.split('\n');
  const length = frontMatterLength(lines);
  if (!length) return markdown;
  const eol = (lines[0] ?? '').endsWith('\r') ? '\r' : '';
  const want = new Map(wanted);
  const done = new Set<string>();
  for (let i = 1; i < length - 1; i++) {
    const line = lines[i] ?? '';
    const match = LINE.exec(bare(line));
    const key = match?.[1];
    if (!key || done.has(key) || !want.has(key) || !(match[3] ?? '').trim()) continue;
    done.add(key);
    const end = line.endsWith('\r') ? '\r' : '';
    lines[i] = `${key}${match[2]}${want.get(key)}${end}`;
  }
  const added = wanted.filter(([key]) => !done.has(key)).map(([k, v]) => `${k}: ${v}${eol}`);
  lines.splice(length - 1, 0, ...added);
  return lines.join('\n');
}
