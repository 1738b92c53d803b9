import { addDays, isIsoDate } from '../model/dates';

/**
 * Moving an edition's frame on to the next edition: every date it shows shifted by the
 * same number of days and its number replaced, each written in the form it stands in.
 * Digests write the date of an edition several ways in one frame (LWKD: `title: Week
 * Ending July 31, 2022`, `date: 2022-08-02 …`, `slug: 2022-07-31-update`; Productivity
 * Weekly: `(2022-07-20号)` and `productivity-weekly-20220720`), so each form is shifted
 * where it stands rather than one field rewritten.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_NAMES = MONTHS.flatMap((m) => [m, m.slice(0, 3)]).join('|');

// One pattern, so a date is matched once in its longest form and never shifted twice.
const DATES = new RegExp(
  [
    String.raw`(?<!\d)(?<iso>\d{4}-\d{2}-\d{2})(?!\d)`,
    String.raw`(?<!\d)(?<compact>(?:19|20)\d{6})(?!\d)`,
    String.raw`(?<jy>\d{4})年(?<jm>\d{1,2})月(?<jd>\d{1,2})日`,
    String.raw`\b(?<month>${MONTH_NAMES})(?<dot>\.?) (?<day>\d{1,2}), (?<year>\d{4})\b`,
  ].join('|'),
  'g',
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The date `days` after y-m-d as its parts, or null when y-m-d is no calendar date. */
function shifted(y: number, m: number, d: number, days: number) {
  const date = iso(y, m, d);
  if (!isIsoDate(date)) return null;
  const next = addDays(date, days);
  return next === null ? null : parts(next);
}

type Groups = Partial<Record<string, string>>;

function shiftOne(match: string, g: Groups, days: number): string {
  if (g.iso !== undefined || g.compact !== undefined) {
    const text =
      g.iso ?? `${g.compact?.slice(0, 4)}-${g.compact?.slice(4, 6)}-${g.compact?.slice(6)}`;
    const next = shifted(...parts(text), days);
    if (!next) return match;
    return g.iso !== undefined ? iso(...next) : iso(...next).replaceAll('-', '');
  }
  if (g.jy !== undefined) {
    const next = shifted(Number(g.jy), Number(g.jm), Number(g.jd), days);
    if (!next) return match;
    // Keep the zero padding the editor used.
    const width = (g.jm ?? '').length === 2 || (g.jd ?? '').length === 2 ? 2 : 1;
    return `${next[0]}年${pad(next[1], width)}月${pad(next[2], width)}日`;
  }
  const index = MONTHS.findIndex((m) => m.startsWith(g.month ?? '-'));
  const next = shifted(Number(g.year), index + 1, Number(g.day), days);
  if (!next) return match;
  const full = MONTHS[next[1] - 1] as string;
  const month = (g.month ?? '').length === 3 && g.month !== 'May' ? full.slice(0, 3) : full;
  return `${month}${g.dot ?? ''} ${next[2]}, ${next[0]}`;
}

/** Every date in `text`, in any of the forms above, `days` later. */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(DATES, (match, ...args) => shiftOne(match, args.at(-1) as Groups, days));
}

const ISSUE_NUMBER = /第\s*(\d+)\s*回/;

/** An issue number the intro states as Japanese digests write it (`第 83 回`). */
export function statedNumber(text: string): number | null {
  const found = ISSUE_NUMBER.exec(text);
  return found ? Number(found[1]) : null;
}

/**
 * The number `from` replaced by `to`: in the head (front matter, `Key: value` lines, the
 * title) wherever it stands alone, and in the intro only where it reads as the issue's
 * number (`第 83 回`, `#453`), since an intro's other figures are about other things.
 * A number inside a date is never touched: dates are matched first and kept whole.
 */
export function replaceNumber(text: string, from: number, to: number, inIntro: boolean): string {
  const n = String(from);
  const place = inIntro
    ? String.raw`(?<jp>第\s*)${n}(?<jpEnd>\s*回)|(?<hash>#)${n}(?!\d)`
    : String.raw`(?<!\d)${n}(?!\d)`;
  const pattern = new RegExp(`${DATES.source}|${place}`, 'g');
  return text.replace(pattern, (match, ...args) => {
    const g = args.at(-1) as Groups;
    if (g.iso ?? g.compact ?? g.jy ?? g.month) return match;
    if (g.jp !== undefined) return `${g.jp}${to}${g.jpEnd ?? ''}`;
    if (g.hash !== undefined) return `#${to}`;
    return String(to);
  });
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  const time = (date: string) =>
    Date.UTC(...(parts(date).map((v, i) => (i === 1 ? v - 1 : v)) as [number, number, number]));
  return Math.round((time(to) - time(from)) / 86_400_000);
}
