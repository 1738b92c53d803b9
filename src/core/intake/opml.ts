import type { Result } from '../model/result';
import { validateClipUrl } from '../text/url';
import { pageTextLine } from './candidate';
import { parseXml } from './feed-xml';

/** A followed feed as OPML lists it: its address and the name shown for it. */
export interface OpmlFeed {
  url: string;
  title: string;
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(
    (v): v is Node => !!v && typeof v === 'object',
  );

/** Every `outline` with an `xmlUrl`, folders walked, each address once. */
export function readOpml(text: string): Result<OpmlFeed[]> {
  const parsed = parseXml(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const opml = list(parsed.value.opml)[0];
  if (!opml) return { ok: false, error: 'This XML is not OPML: it has no <opml> element.' };
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let bad = 0;
  const walk = (nodes: Node[], depth: number) => {
    if (depth > 20) return;
    for (const node of nodes) {
      const address = node['@xmlUrl'];
      if (typeof address === 'string') {
        const url = validateClipUrl(address);
        if (!url.ok) bad++;
        else if (!seen.has(url.url)) {
          seen.add(url.url);
          const name = node['@title'] ?? node['@text'];
          feeds.push({ url: url.url, title: pageTextLine(name) });
        }
      }
      walk(list(node.outline), depth + 1);
    }
  };
  walk(list(list(opml.body)[0]?.outline), 0);
  if (feeds.length === 0) {
    return {
      ok: false,
      error: bad
        ? 'None of the feeds in this OPML has a web address (http or https).'
        : 'This OPML lists no feeds (no outline has an xmlUrl).',
    };
  }
  return { ok: true, value: feeds };
}

const attribute = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, ' ');

/** The feeds as an OPML 2.0 file other readers import. */
export function writeOpml(feeds: OpmlFeed[], title: string): string {
  const lines = feeds.map(
    (feed) =>
      `    <outline type="rss" text="${attribute(feed.title || feed.url)}" title="${attribute(feed.title || feed.url)}" xmlUrl="${attribute(feed.url)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${attribute(title)}</title></head>`,
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
