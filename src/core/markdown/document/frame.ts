import type { Issue } from '../../model';
import { isIsoDate } from '../../model/dates';
import type { FrameValues } from '../../model/layout';
import { singleLine } from '../../text/escape';
import type { CompiledStyle } from '../style/compile';
import { fillTemplate } from '../template/fill';
import { readFrontMatter } from './front-matter';
import { bare, isBlank } from './lines';
import { trimBlankEdges } from './text';

/**
 * The frame: everything before the first section. It is read the same way for every style
 * (front matter, `Key: value` fields, a `# title` line, HTML header lines, then the intro),
 * kept verbatim, and rewritten only where a field the editor changed stands in it.
 */

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const FIELD = /^([A-Z][A-Za-z -]*): (.*)$/;
const NUMBER = /第\s*(\d+)\s*回|^Number:\s*(\d+)\s*$|#(\d+)\b/m;

const joinTrimmed = (lines: readonly string[]) => trimBlankEdges(lines.map(bare).join('\n'));

export interface ReadFrame {
  values: FrameValues;
  /** The title as a template: its date and number replaced by `{date}` and `{number}`. */
  titleTemplate: string;
  headerTemplate: string;
  introTemplate: string;
  /** Fields the frame holds but that could not be taken (a date no calendar has), in words. */
  findings: string[];
}

/**
 * Reads the frame's lines. `frontMatter` is how many leading lines are a YAML block;
 * `titleLine` is the index of a `# title` heading the style's frame has, or -1.
 */
export function readFrame(
  lines: readonly string[],
  frontMatter: number,
  titleLine: number,
): ReadFrame {
  const yaml = readFrontMatter(lines.slice(0, frontMatter));
  const yamlText = (key: string) => {
    const value = yaml?.get(key);
    return typeof value === 'string' ? value : '';
  };
  let rest = lines.slice(frontMatter);
  const fields = new Map<string, string>();
  let title = yamlText('title');
  if (titleLine >= 0) {
    title = bare(lines[titleLine] ?? '')
      .replace(/^#[ \t]+/, '')
      .replace(/[ \t]+#+[ \t]*$/, '');
    rest = lines.slice(titleLine + 1);
  } else {
    // `Key: value` lines at the top, as This Week in Rust writes its metadata.
    const start = rest.findIndex((line) => !isBlank(line));
    let end = start;
    while (end >= 0 && end < rest.length && FIELD.test(bare(rest[end] ?? ''))) end++;
    if (start >= 0 && end > start && (end === rest.length || isBlank(rest[end] ?? ''))) {
      for (const line of rest.slice(start, end)) {
        const [, key = '', value = ''] = FIELD.exec(bare(line)) ?? [];
        fields.set(key, value);
      }
      rest = rest.slice(end);
      title ||= fields.get('Title') ?? '';
    }
  }
  // HTML lines right under the title (the embedly script) are the header.
  const headerLines: string[] = [];
  let index = 0;
  if (titleLine >= 0) {
    while (index < rest.length) {
      let end = index;
      while (end < rest.length && isBlank(rest[end] ?? '')) end++;
      let para = end;
      while (para < rest.length && !isBlank(rest[para] ?? '')) para++;
      const paragraph = rest.slice(end, para);
      if (paragraph.length === 0 || !paragraph.every((line) => line.startsWith('<'))) break;
      headerLines.push(...rest.slice(index, para));
      index = para;
    }
  }
  const header = joinTrimmed(headerLines);
  const intro = joinTrimmed(rest.slice(index));
  const findings: string[] = [];
  // The first date that is one; a date no calendar has stays as written in the text, and
  // the issue goes without one rather than the whole document being refused.
  const written = [title, yamlText('date'), fields.get('Date') ?? '']
    .map((text) => ISO_DATE.exec(text)?.[0])
    .filter((found): found is string => found !== undefined);
  const date = written.find(isIsoDate) ?? '';
  if (!date && written[0] !== undefined) {
    findings.push(
      `the date ${JSON.stringify(written[0])} is not a calendar date: kept as written, the issue has no date`,
    );
  }
  const numberText = [fields.get('Number') ?? '', title, intro.split('\n').slice(0, 5).join('\n')]
    .map((text) => NUMBER.exec(text === fields.get('Number') && text ? `Number: ${text}` : text))
    .find(Boolean);
  const digits = numberText?.[1] ?? numberText?.[2] ?? numberText?.[3];
  let number = digits ? Number(digits) : null;
  if (number !== null && !Number.isSafeInteger(number)) {
    findings.push(
      `the number ${digits} is too large to count issues by: kept as written, the issue has no number`,
    );
    number = null;
  }
  let titleTemplate = title;
  if (date && titleTemplate.includes(date)) titleTemplate = titleTemplate.replace(date, '{date}');
  if (number !== null)
    titleTemplate = titleTemplate.replace(new RegExp(`(?<!\\d)${number}(?!\\d)`), '{number}');
  return {
    values: { title, number, date, header, intro },
    titleTemplate,
    headerTemplate: templatize(header, number, date),
    introTemplate: templatize(intro, number, date),
    findings,
  };
}

/**
 * The issue's own number and date in a header or intro, as `{number}` and `{date}`, so
 * the next issue's says its own: the date wherever it stands, the number where a digest
 * writes one (`第2回`, `#585`).
 */
function templatize(text: string, number: number | null, date: string): string {
  let out = date ? text.replaceAll(date, '{date}') : text;
  if (number !== null) {
    const place = new RegExp(`(第\\s*)${number}(\\s*回)|#${number}(?!\\d)`, 'g');
    out = out.replace(place, (_m, before?: string, after?: string) =>
      before === undefined ? '#{number}' : `${before}{number}${after ?? ''}`,
    );
  }
  return out;
}

/** `{date}` and `{number}` expanded in any of an issue's texts. */
export function expandIssueText(text: string, issue: Pick<Issue, 'date' | 'number'>): string {
  return text
    .replaceAll('{date}', issue.date)
    .replaceAll('{number}', issue.number === null ? '' : String(issue.number));
}

/** Expands `{date}` and `{number}` in the issue's title template. */
export function issueTitle(issue: Pick<Issue, 'title' | 'date' | 'number'>): string {
  return singleLine(expandIssueText(issue.title, issue));
}

export function frameValues(issue: Issue): FrameValues {
  return {
    title: issueTitle(issue),
    number: issue.number,
    date: issue.date,
    header: expandIssueText(issue.header, issue),
    intro: expandIssueText(issue.intro, issue),
  };
}

/** The frame as the style writes it, for an issue with no frame of its own. */
export function renderFrame(style: CompiledStyle, issue: Issue): string {
  const values = frameValues(issue);
  return fillTemplate(style.frame, {
    title: values.title,
    number: values.number === null ? '' : String(values.number),
    date: values.date,
    header: values.header,
    intro: values.intro,
  });
}

function replaceIn(text: string, from: string, to: string): string | null {
  if (from === to) return text;
  if (from === '' || !text.includes(from)) return null;
  return text.replace(from, () => to);
}

/**
 * The frame's original text with only the changed fields rewritten where they stand; null
 * when a changed title, header or intro cannot be found in it (the caller then writes the
 * frame afresh). A date or number is replaced wherever it stands in the head (a title line
 * and a `Date:` field alike).
 */
export function rewriteFrame(
  text: string,
  old: FrameValues,
  now: FrameValues,
  eol: string,
): string | null {
  const lf = (value: string) => value.replace(/\n/g, eol);
  const at = old.intro ? text.lastIndexOf(lf(old.intro)) : -1;
  let head = at >= 0 ? text.slice(0, at) : text;
  let tail = at >= 0 ? text.slice(at) : '';
  if (now.intro !== old.intro) {
    if (at < 0) return null;
    tail = tail.replace(lf(old.intro), () => lf(now.intro));
  }
  for (const key of ['header', 'title'] as const) {
    const next = replaceIn(head, lf(old[key]), lf(now[key]));
    if (next === null) return null;
    head = next;
  }
  if (old.date && now.date !== old.date) head = head.replaceAll(old.date, now.date);
  if (old.number !== null && now.number !== old.number) {
    head = head.replace(
      new RegExp(`(?<!\\d)${old.number}(?!\\d)`, 'g'),
      now.number === null ? '' : String(now.number),
    );
  }
  return head + tail;
}
