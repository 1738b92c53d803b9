import { bare, splitLines } from '../document/lines';
import type { HouseStyle } from '../style/schema';

/**
 * What a style's publishing site requires of an issue file, checked on the Markdown itself.
 * Zenn (from its editor's source): front matter with a `title` of at most 70 characters,
 * exactly one `emoji`, `type` tech or idea, 1 to 5 `topics`, and `published` a boolean.
 */

type Scalar = string | boolean | string[];

function unquote(value: string): string {
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(value.trim());
  if (!quoted) return value.trim();
  return quoted[1] !== undefined
    ? quoted[1].replace(/\\(.)/g, '$1')
    : (quoted[2] ?? '').replace(/''/g, "'");
}

/** The flat `key: value` YAML of front matter: strings, booleans, and lists of strings. */
export function frontMatter(markdown: string): Map<string, Scalar> | null {
  const lines = splitLines(markdown).map(bare);
  if (lines[0] !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
  if (end < 0) return null;
  const fields = new Map<string, Scalar>();
  let list: string[] | null = null;
  for (const line of lines.slice(1, end)) {
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!field?.[1]) continue;
    const raw = (field[2] ?? '').trim();
    list = null;
    if (raw === '') {
      list = [];
      fields.set(field[1], list);
    } else if (raw === 'true' || raw === 'false') fields.set(field[1], raw === 'true');
    else if (raw.startsWith('[') && raw.endsWith(']')) {
      const inner = raw.slice(1, -1).trim();
      fields.set(
        field[1],
        inner ? (inner.match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,]+/g) ?? []).map(unquote) : [],
      );
    } else fields.set(field[1], unquote(raw));
  }
  return fields;
}

const EMOJI =
  /^\p{Extended_Pictographic}(?:\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*$|^\p{Regional_Indicator}{2}$/u;

function zennProblems(markdown: string): string[] {
  const fields = frontMatter(markdown);
  if (!fields) return ['Zenn needs front matter (a --- block at the top)'];
  const problems: string[] = [];
  const title = fields.get('title');
  if (typeof title !== 'string' || title === '') problems.push('front matter: title is missing');
  else if ([...title].length > 70)
    problems.push(`front matter: title is ${[...title].length} characters; Zenn allows at most 70`);
  const emoji = fields.get('emoji');
  if (typeof emoji !== 'string' || !EMOJI.test(emoji))
    problems.push('front matter: emoji must be exactly one emoji');
  const type = fields.get('type');
  if (type !== 'tech' && type !== 'idea')
    problems.push('front matter: type must be "tech" or "idea"');
  const topics = fields.get('topics');
  if (!Array.isArray(topics) || topics.length < 1 || topics.length > 5) {
    problems.push('front matter: topics must list 1 to 5 topics');
  }
  if (typeof fields.get('published') !== 'boolean')
    problems.push('front matter: published must be true or false');
  return problems;
}

/** Each requirement of the style that the document breaks, as one line; none is fine. */
export function checkDocument(markdown: string, style: HouseStyle): string[] {
  return (style.rules ?? []).flatMap((rule) => (rule === 'zenn' ? zennProblems(markdown) : []));
}
