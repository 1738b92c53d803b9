/**
 * Every web address a published issue shows, item or not: inline and reference links, a
 * bare URL line, an autolink, a card's `href`. What the duplicate check and the check for
 * links from an earlier issue look an address up against, so a link an issue published
 * outside its items (an event's group, a quote's source, a people list) is found too.
 */

const ADDRESS = /https?:\/\/[^\s<>"'`]+/gi;

/** The address as written, without what ends the sentence or the Markdown around it. */
function trimmed(found: string): string {
  let url = found;
  for (;;) {
    const last = url.at(-1) ?? '';
    // A closing parenthesis or bracket is the link's when the address did not open one.
    const opens = (c: string) => url.split(c).length - 1;
    if (/[.,;:!?*_~]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && opens(')') > opens('(')) url = url.slice(0, -1);
    else if (last === ']' && opens(']') > opens('[')) url = url.slice(0, -1);
    else return url;
  }
}

/** The document's web addresses, each once, in the order they first stand. */
export function documentLinks(markdown: string): string[] {
  const links = new Set<string>();
  for (const [found] of markdown.matchAll(ADDRESS)) {
    const url = trimmed(found);
    if (/^https?:\/\/[^/?#]/i.test(url)) links.add(url);
  }
  return [...links];
}
