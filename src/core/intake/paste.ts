import { normalizeUrl } from '../links/normalize';
import type { Result } from '../model/result';
import { type Candidate, candidate, INTAKE_LIMITS, type IntakeSource } from './candidate';
import { type ChatMessage, detectChat, splitChat } from './chat';
import { findLinks, maskCode, messageAround } from './links';
import { isSlackExport, readSlackExport } from './slack-export';

/** What a paste gave: its candidates (each address once) and what was left out. */
export interface PasteReading {
  format: IntakeSource;
  candidates: Candidate[];
  /** Links seen in the text, repeats included. */
  found: number;
  /** Links past the limit of one paste, not read. */
  over: number;
}

const number = (n: number) => n.toLocaleString('en');

function fromMessages(messages: ChatMessage[], source: IntakeSource, limit: number) {
  const candidates: Candidate[] = [];
  let seen = 0;
  for (const message of messages) {
    const slack = source === 'slack';
    const links = findLinks(message.text, slack);
    for (const link of links) {
      seen++;
      if (candidates.length >= limit) continue;
      candidates.push(
        candidate({
          url: link.url,
          title: link.title,
          comment: messageAround(message.text, links, link, slack),
          poster: message.poster,
          postedAt: message.postedAt,
          source,
        }),
      );
    }
  }
  return { candidates, seen };
}

/** Each address once (by the duplicate key); a later copy fills what the first lacked. */
function once(candidates: Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const next of candidates) {
    const key = normalizeUrl(next.url);
    const first = byKey.get(key);
    byKey.set(key, first ? { ...next, ...first } : next);
  }
  return [...byKey.values()];
}

/** A list of lines: each line is its own message, so a bullet's words are its comment. */
function lineMessages(text: string): ChatMessage[] {
  const masked = maskCode(text);
  const lines = text.split('\n');
  return masked.split('\n').flatMap((line, i) => (line.trim() ? [{ text: lines[i] ?? '' }] : []));
}

function readText(text: string, limit: number) {
  const chat = detectChat(text);
  if (chat) return { format: chat, ...fromMessages(splitChat(text, chat), chat, limit) };
  const messages = lineMessages(text);
  const read = fromMessages(messages, 'list', limit);
  const markdown = read.candidates.some((c) => c.title);
  const format: IntakeSource = markdown ? 'markdown' : 'list';
  return {
    format,
    seen: read.seen,
    candidates: read.candidates.map((c) => ({ ...c, source: format })),
  };
}

function tryJson(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '[' && start !== '{') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON after all: a Markdown link also starts with `[`.
    return undefined;
  }
}

/**
 * Any pasted text as candidates: a Slack export's JSON, a log copied from Slack, Discord
 * or Teams (each link with its message and poster), Markdown links or bare addresses.
 * Refuses text past the paste limit before reading any of it, and reads no more than the
 * candidate limit of links, saying how many were left.
 */
export function readPaste(text: string): Result<PasteReading> {
  const limit = INTAKE_LIMITS.candidates;
  if (text.length > INTAKE_LIMITS.pasteChars) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `This text is ${mb} million characters; a paste is read up to ${number(INTAKE_LIMITS.pasteChars / 1_000_000)} million. Paste a shorter part (for a Slack export, one day's file at a time).`,
    };
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const json = tryJson(normalised);
  const read = isSlackExport(json)
    ? (() => {
        const exported = readSlackExport(json, limit);
        return exported.ok ? { format: 'slack-export' as const, ...exported.value } : null;
      })()
    : readText(normalised, limit);
  if (!read) return { ok: false, error: 'This Slack export could not be read.' };
  if (read.seen === 0) {
    return {
      ok: false,
      error:
        json !== undefined && !isSlackExport(json)
          ? 'This JSON is not a Slack export (a day file: a list of messages with "text" and "ts"), and holds no web address.'
          : 'No web address (http:// or https://) was found in this text. Links inside code are left out.',
    };
  }
  return {
    ok: true,
    value: {
      format: read.format,
      candidates: once(read.candidates),
      found: read.seen,
      over: Math.max(0, read.seen - read.candidates.length),
    },
  };
}
