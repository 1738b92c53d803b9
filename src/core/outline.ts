/**
 * Splits digest Markdown into its outline: the part before the first `##`, then each
 * `##`/`###` heading with the exact lines under it. Headings inside fenced code or HTML
 * comments are text, not structure, since comments carry code samples.
 */

export interface OutlineNode {
  level: 2 | 3;
  /** The heading line exactly as written. */
  line: string;
  text: string;
  /** Lines under the heading up to the next structural heading. */
  body: string[];
}

export interface Outline {
  top: string[];
  nodes: OutlineNode[];
}

// CommonMark strips only spaces and tabs after the `#`s: `### \u3000x` is a heading.
const HEADING = /^(#{2,3})[ \t]+([^ \t].*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function outline(markdown: string): Outline {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const result: Outline = { top: [], nodes: [] };
  let fence: string | null = null;
  let inComment = false;
  for (const line of lines) {
    const current = result.nodes.at(-1);
    const target = current ? current.body : result.top;
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      target.push(line);
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      target.push(line);
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    const heading = HEADING.exec(line);
    if (fenceOpen?.[1]) {
      fence = fenceOpen[1];
      target.push(line);
    } else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) {
      inComment = true;
      target.push(line);
    } else if (heading?.[1] && heading[2]) {
      const level = heading[1].length as 2 | 3;
      result.nodes.push({ level, line, text: heading[2], body: [] });
    } else {
      target.push(line);
    }
  }
  return result;
}

/** Joins lines and drops the empty lines at both ends; whitespace inside lines is kept. */
export function joinTrimmed(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}

/** Splits lines into blank-line separated paragraphs, each as its lines. */
export function paragraphs(lines: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) result.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) result.push(current);
  return result;
}
