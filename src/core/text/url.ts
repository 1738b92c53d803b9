import { MAX_URL_LENGTH } from '../model/limits';

// The duplicate key (core/links/normalize.ts) is imported from there, not through this
// module: a re-export here tied the popup's first script to the module that holds it and
// split a chunk off the script the popup must load in one file.

/**
 * URL checks for clipping. The stored clip keeps the URL as the user gave it; only the
 * duplicate key (core/links/normalize.ts) is normalised.
 */

/** The URL, or null where it is not one: one parse (`canParse` then `new URL` is two). */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

// biome-ignore format: the messages read best unbroken
const SCHEME_REASONS: Record<string, string> = {
  'javascript:': 'Script links (javascript:) cannot be clipped: they run code instead of opening a page.',
  'data:': 'Data URLs cannot be clipped: the page lives inside the link and cannot be shared.',
  'file:': 'Files on this computer (file:) cannot be clipped: readers of the digest cannot open them.',
};

const fail = (reason: string): UrlCheck => ({ ok: false, reason });
const TOO_LONG = `This address is longer than ${MAX_URL_LENGTH} characters.`;

/** Accepts absolute http(s) URLs only; returns the parser's serialisation (spaces escaped). */
export function validateClipUrl(url: string): UrlCheck {
  const text = url.trim();
  if (text === '') return fail('Enter the address of the page to clip.');
  if (text.length > MAX_URL_LENGTH) return fail(TOO_LONG);
  const parsed = parseUrl(text);
  if (!parsed) {
    return fail('This is not a complete web address; it should start with https://.');
  }
  const schemeReason = SCHEME_REASONS[parsed.protocol];
  if (schemeReason) return fail(schemeReason);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const scheme = parsed.protocol.slice(0, -1);
    return fail(`Only web pages (http or https) can be clipped, not ${scheme} links.`);
  }
  // Credentials would be published in the digest for every reader to see.
  if (parsed.username || parsed.password) {
    return fail('This address contains a user name or password; remove it first.');
  }
  // Escaping can lengthen the text, and the stored form is what must stay bounded.
  if (parsed.href.length > MAX_URL_LENGTH) return fail(TOO_LONG);
  return { ok: true, url: parsed.href };
}
