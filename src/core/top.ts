import { joinTrimmed, paragraphs } from './outline';

/** The part of an issue before its first section. */
export interface IssueTop {
  /** Title template: the issue's date in it is replaced by `{date}`. */
  title: string;
  number: number | null;
  date: string;
  header: string;
  intro: string;
}

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
// `Title: ...` fields as in This Week in Rust's front matter.
const FIELD = /^[A-Z][A-Za-z -]*: /;
// `第2回` (Japanese digests) or a `Number: 453` field.
const NUMBER = /第\s*(\d+)\s*回|^Number:\s*(\d+)$/m;

function isHeaderParagraph(lines: string[], hasTitle: boolean): boolean {
  // After a title, header lines are HTML such as the embedly <script>; without one they
  // are front-matter fields.
  return hasTitle ? lines.every((l) => l.startsWith('<')) : lines.every((l) => FIELD.test(l));
}

/** The index of the line just after the first `count` paragraphs. */
function afterParagraphs(lines: string[], count: number): number {
  let index = 0;
  for (let seen = 0; seen < count; seen++) {
    while (lines[index] === '') index++;
    while (index < lines.length && lines[index] !== '') index++;
  }
  return index;
}

export function splitTop(lines: string[]): IssueTop {
  let rest = lines;
  let rawTitle = '';
  const firstIndex = lines.findIndex((l) => l !== '');
  const first = lines[firstIndex] ?? '';
  if (first.startsWith('# ')) {
    rawTitle = first.slice(2);
    rest = lines.slice(firstIndex + 1);
  }
  const paras = paragraphs(rest);
  let headerCount = 0;
  while (
    headerCount < paras.length &&
    isHeaderParagraph(paras[headerCount] ?? [], rawTitle !== '')
  ) {
    headerCount++;
  }
  const consumed = afterParagraphs(rest, headerCount);
  const header = joinTrimmed(rest.slice(0, consumed));
  const intro = joinTrimmed(rest.slice(consumed));

  const date = (ISO_DATE.exec(rawTitle) ?? ISO_DATE.exec(header))?.[0] ?? '';
  const numberMatch = NUMBER.exec(`${header}\n${intro}`);
  const numberText = numberMatch?.[1] ?? numberMatch?.[2];
  return {
    title: date && rawTitle.includes(date) ? rawTitle.replace(date, '{date}') : rawTitle,
    number: numberText ? Number(numberText) : null,
    date,
    header,
    intro,
  };
}
