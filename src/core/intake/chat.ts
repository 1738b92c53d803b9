import type { IntakeSource } from './candidate';

/** One message of a chat log: who posted it and when, where the log says so. */
export interface ChatMessage {
  poster?: string;
  postedAt?: string;
  text: string;
}

type ChatKind = Extract<IntakeSource, 'slack' | 'discord' | 'teams'>;
interface Header {
  poster?: string;
  postedAt: string;
  rest?: string;
}

// A clock time as the chat apps show it: `10:32`, `10:32 AM`, `午前 10:32`, `10:32:05`.
const TIME = String.raw`(?:(?:午前|午後)\s?)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const NAME = String.raw`[^\s\[\]<>:][^\[\]<>\n]{0,79}?`;
const TIME_ONLY = new RegExp(`^\\s*\\[?(${TIME})\\]?\\s*$`);

/**
 * The headers each app puts on a copied message. Slack: `Name  10:32 AM` (or the name
 * and the time on two lines, handled in `splitChat`). Discord: `Name — Today at 10:32`,
 * `Name — 2024/03/01 10:32`, and the compact `[10:32] Name: text`. Teams:
 * `[3/1/2024 10:32 AM] Name` with the message on the lines below.
 */
const HEADERS: Record<ChatKind, RegExp[]> = {
  slack: [new RegExp(`^(${NAME})(?:\\s{2,}|\\s+\\[)(${TIME})\\]?\\s*$`)],
  discord: [
    new RegExp(`^(${NAME}) [—–] ([^\\n]{0,40}?${TIME}[^\\n]{0,10})$`),
    new RegExp(`^\\[(${TIME})\\]\\s?(${NAME}):\\s(.*)$`),
  ],
  teams: [new RegExp(`^\\[([^\\]\\n]{0,30}?${TIME}[^\\]\\n]{0,10})\\]\\s(${NAME})$`)],
};

function header(kind: ChatKind, line: string): Header | null {
  const [first, second] = HEADERS[kind];
  const a = first?.exec(line);
  if (a) {
    return kind === 'teams'
      ? { postedAt: a[1] ?? '', poster: a[2]?.trim() }
      : { poster: a[1]?.trim(), postedAt: a[2]?.trim() ?? '' };
  }
  const b = second?.exec(line);
  if (b) return { postedAt: b[1] ?? '', poster: b[2]?.trim(), rest: b[3] };
  return null;
}

/** A line that could be a poster's name above a time line: short, no link, no sentence end. */
const nameLike = (line: string | undefined) =>
  !!line && line.trim().length <= 60 && !/https?:|[.!?。！？:]\s*$/.test(line.trim());

/** Lines outside fenced code, so a code block's `[10:32] x: y` is never a header. */
function fencedLines(lines: string[]): boolean[] {
  let inside = false;
  return lines.map((line) => {
    const fence = /^\s*```/.test(line);
    const was = inside;
    if (fence) inside = !inside;
    return was || fence;
  });
}

/** Slack's two-line header: a name line (after a blank line or the start), then a time. */
function twoLineHeader(lines: string[], i: number): boolean {
  return (
    TIME_ONLY.test(lines[i] ?? '') &&
    nameLike(lines[i - 1]) &&
    (i < 2 || (lines[i - 2] ?? '').trim() === '')
  );
}

/** Which chat app the text was copied from, by the most headers; null when none has one. */
export function detectChat(text: string): ChatKind | null {
  const lines = text.split('\n');
  const code = fencedLines(lines);
  let best: ChatKind | null = null;
  let bestCount = 0;
  for (const kind of Object.keys(HEADERS) as ChatKind[]) {
    let found = 0;
    lines.forEach((line, i) => {
      if (code[i]) return;
      if (header(kind, line) || (kind === 'slack' && i > 0 && twoLineHeader(lines, i))) found++;
    });
    if (found > bestCount) [best, bestCount] = [kind, found];
  }
  return best;
}

/** The log as messages: a header starts one; a bare time line continues the same poster. */
export function splitChat(text: string, kind: ChatKind): ChatMessage[] {
  const lines = text.split('\n');
  const code = fencedLines(lines);
  const messages: ChatMessage[] = [];
  let current: ChatMessage & { lines: string[] } = { text: '', lines: [] };
  const start = (next: Omit<ChatMessage, 'text'>, rest?: string) => {
    messages.push({ ...current, text: current.lines.join('\n') });
    current = { ...next, text: '', lines: rest === undefined ? [] : [rest] };
  };
  for (const [i, line] of lines.entries()) {
    const found = code[i] ? null : header(kind, line);
    const time = code[i] || found ? null : TIME_ONLY.exec(line);
    if (found) start({ poster: found.poster, postedAt: found.postedAt }, found.rest);
    else if (kind === 'slack' && time && twoLineHeader(lines, i) && current.lines.length > 0) {
      const name = (current.lines.pop() ?? '').trim();
      start({ poster: name, postedAt: time[1] });
    } else if (kind === 'slack' && time) start({ poster: current.poster, postedAt: time[1] });
    else current.lines.push(line);
  }
  start({});
  return messages
    .map(({ poster, postedAt, text: body }) => ({
      ...(poster ? { poster } : {}),
      ...(postedAt ? { postedAt } : {}),
      text: body.trim(),
    }))
    .filter((message) => message.text);
}
