import { findStyle, type HouseStyle, importDocument } from '../markdown';
import type { Clip } from '../model';
import { isIsoDate } from '../model/dates';
import type { Span } from '../model/layout';
import { byOrder } from '../model/order';
import type { Result } from '../model/result';
import { daysBetween, replaceNumber, shiftDates, statedNumber } from './frame-step';

/**
 * Starting the next edition from the previous one, as the digests' own scripts do: the
 * previous file with every item's lines taken out, its frame moved on to the next number
 * and date, and every other byte kept. What stays is what a digest repeats each week: the
 * comments to contributors, the explanations under fixed sections, the footers that ask for
 * next week's nominations, the credits, and each section's heading even when it is left
 * with nothing under it.
 */

export interface NextEditionOptions {
  /** Read the previous edition by this style (a name or the style), not the one detected. */
  style?: string | HouseStyle;
  /** The editor's own styles, for a name and for detection. */
  custom?: readonly HouseStyle[];
  /** The next edition's date (YYYY-MM-DD); by default the previous one's plus `dateStep`. */
  date?: string;
  /** The next edition's number; by default the previous one's plus `numberStep`. */
  number?: number;
  /** Days from one edition to the next: 7 unless the digest says otherwise. */
  dateStep?: number;
  numberStep?: number;
}

export interface NextEdition {
  markdown: string;
  /** The style the previous edition was read by. */
  style: string;
  /** The next edition's date and number, or null where the frame shows none. */
  date: string | null;
  number: number | null;
  /** How many items were taken out. */
  removed: number;
}

type FrameSpan = Extract<Span, { kind: 'frame' }>;

const endsBlank = (text: string) => text === '' || /\r?\n\r?\n$/.test(text);

function chooseStyle(options: NextEditionOptions): Result<HouseStyle | undefined> {
  const { style, custom = [] } = options;
  if (typeof style !== 'string') return { ok: true, value: style };
  const found = findStyle(style, custom);
  return found ? { ok: true, value: found } : { ok: false, error: `unknown style "${style}"` };
}

/** The frame's text with its dates shifted by `days` and its number set to `to`. */
function stepFrame(
  span: FrameSpan,
  eol: string,
  days: number,
  from: number | null,
  to: number | null,
) {
  const intro = span.values.intro.replace(/\n/g, eol);
  const at = intro ? span.text.lastIndexOf(intro) : -1;
  let head = at >= 0 ? span.text.slice(0, at) : span.text;
  let tail = at >= 0 ? span.text.slice(at) : '';
  if (from !== null && to !== null && from !== to) {
    head = replaceNumber(head, from, to, false);
    tail = replaceNumber(tail, from, to, true);
  }
  return shiftDates(head, days) + shiftDates(tail, days);
}

export function nextEdition(
  previous: string,
  options: NextEditionOptions = {},
): Result<NextEdition> {
  const chosen = chooseStyle(options);
  if (!chosen.ok) return chosen;
  if (options.date !== undefined && !isIsoDate(options.date)) {
    return { ok: false, error: `the date "${options.date}" is not a date as YYYY-MM-DD` };
  }
  if (
    options.number !== undefined &&
    !(Number.isSafeInteger(options.number) && options.number >= 0)
  ) {
    return { ok: false, error: `the number "${options.number}" is not a whole number` };
  }
  // A byte order mark is set aside, so the frame's first field reads as a field.
  const bom = previous.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = previous.slice(bom.length);
  const read = importDocument(text, {
    ...(chosen.value ? { style: chosen.value } : {}),
    ...(options.custom ? { custom: options.custom } : {}),
  });
  const { issue, clips } = read.doc;
  const layout = issue.layout;
  if (!layout) return { ok: false, error: 'the previous edition could not be read span by span' };
  const frame = layout.spans.find((s): s is FrameSpan => s.kind === 'frame');
  const frameText = frame?.text ?? '';

  const before = issue.date || null;
  if (options.date !== undefined && before === null) {
    return {
      ok: false,
      error: 'the previous edition shows no date (YYYY-MM-DD) in its frame to move on',
    };
  }
  const days =
    before === null
      ? 0
      : options.date
        ? daysBetween(before, options.date)
        : (options.dateStep ?? 7);
  const from = issue.number ?? statedNumber(frameText);
  if (options.number !== undefined && from === null) {
    return {
      ok: false,
      error: 'the previous edition shows no issue number in its frame to replace',
    };
  }
  const to = from === null ? null : (options.number ?? from + (options.numberStep ?? 1));

  const queues = new Map<string, Clip[]>();
  for (const clip of [...clips].sort(byOrder)) {
    queues.set(clip.categoryId, [...(queues.get(clip.categoryId) ?? []), clip]);
  }
  const out: string[] = [];
  const original: string[] = [];
  let tail = '';
  const push = (text: string) => {
    out.push(text);
    tail = (tail + text).slice(-4);
  };
  // The blank lines that closed a run of items: kept once the run is gone, so the heading
  // above it does not run into the next one, unless a blank line already stands there.
  let closing: string | null = null;
  const flush = () => {
    if (closing !== null && !endsBlank(tail)) push(closing);
    closing = null;
  };
  let removed = 0;
  for (const span of layout.spans) {
    if (span.kind === 'item') {
      const clip = queues.get(span.categoryId)?.shift();
      original.push((clip?.source?.text ?? '') + span.gap);
      closing = span.gap;
      removed++;
      continue;
    }
    flush();
    const text = span.kind === 'section' ? span.line + span.gap + span.body : span.text;
    original.push(text);
    push(span.kind === 'frame' ? stepFrame(span, layout.eol, days, from, to) : text);
  }
  flush();
  // The reading must account for every byte, or removing items would lose others with them.
  if (original.join('') !== text) {
    return {
      ok: false,
      error: 'the previous edition could not be read exactly; nothing was written',
    };
  }
  return {
    ok: true,
    value: {
      markdown: bom + out.join(''),
      style: read.style.name,
      date: before === null ? null : shiftDates(before, days),
      number: to,
      removed,
    },
  };
}
