import { validateClipUrl } from '../text/url';

/** A link found in a message: the address, the text the message gave it, and where it stood. */
export interface FoundLink {
  url: string;
  title?: string;
  start: number;
  end: number;
}

// One pass, leftmost first: Slack's `<url|text>` (also a plain `<url>` autolink), a
// Markdown link `[text](url "title")` (one level of parentheses inside the address, as
// Wikipedia's have), then a bare address. A bare address stops at spaces, quotes, angle
// brackets and the Japanese brackets and stops that end a sentence around it.
const LINK =
  /<(https?:\/\/[^|>\s]{1,16384})(?:\|([^>\n]{0,2000}))?>|\[([^\]\n]{0,2000})\]\((https?:\/\/(?:[^\s()]|\([^\s()]*\)){1,16384})(?:\s+"[^"\n]*")?\)|https?:\/\/[^\s<>"'`\u3000-\u303f\uff08\uff09\uff0c\uff1c\uff1e]{1,16384}/g;

// Slack writes these three as entities in its own text and export.
const decodeSlack = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A bare address without the sentence punctuation after it; a `)` only when unbalanced. */
function trimBare(raw: string): string {
  let url = raw.replace(/[.,;:!?*_~]+$/, '');
  while (url.endsWith(')') && count(url, '(') < count(url, ')')) {
    url = url.slice(0, -1).replace(/[.,;:!?*_~]+$/, '');
  }
  return url;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Inline code and fenced code blocks blanked out (same length), so their links are not read. */
export function maskCode(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text.replace(/```[\s\S]*?(?:```|$)/g, blank).replace(/`[^`\n]+`/g, blank);
}

/**
 * The web links in a message, in order, code left out. An address that is not a web page
 * the digest could link (a `javascript:` link text, a local file) is not a link here.
 */
export function findLinks(text: string, slackText = false): FoundLink[] {
  const masked = maskCode(text);
  const found: FoundLink[] = [];
  for (const match of masked.matchAll(LINK)) {
    const start = match.index;
    let url: string;
    let title: string | undefined;
    let end = start + match[0].length;
    if (match[1] !== undefined) {
      url = decodeSlack(match[1]);
      title = match[2] === undefined ? undefined : decodeSlack(match[2]);
    } else if (match[4] !== undefined) {
      url = match[4];
      title = match[3];
    } else {
      url = trimBare(match[0]);
      end = start + url.length;
      if (slackText) url = decodeSlack(url);
    }
    const checked = validateClipUrl(url);
    if (!checked.ok) continue;
    found.push({ url: checked.url, ...(title?.trim() ? { title: title.trim() } : {}), start, end });
  }
  return found;
}

/**
 * The message as a reader sees it, offered as the link's comment: the link itself taken
 * out, and the message's other links too (they are candidates of their own, and a comment
 * must not carry a link nobody filed): a labelled one leaves its words, a bare one goes.
 * A chat's quote marks go, since the comment is quoted as a whole.
 */
export function messageAround(
  text: string,
  links: FoundLink[],
  own: FoundLink,
  slackText = false,
): string {
  let out = '';
  let at = 0;
  for (const link of links) {
    if (link.start < at) continue;
    out += text.slice(at, link.start) + (link === own ? '' : (link.title ?? ''));
    at = link.end;
  }
  out += text.slice(at);
  return (slackText ? decodeSlack(out) : out)
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*>\s?/, '')
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([,、。.;:!?])/g, '$1')
        .replace(/([,、;:])(?:[ \t]*[,、])+/g, '$1')
        .replace(/^[\s,、;:]+|[\s,、;:]+$/g, ''),
    )
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .replace(/^\s*[-*+]\s*$/gm, '')
    .replace(/^[\s\-–—:|]+|[\s\-–—:|]+$/g, '');
}
