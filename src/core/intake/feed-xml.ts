import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Result } from '../model/result';

/** An entry of a feed before it becomes a candidate: its fields as the feed wrote them. */
export interface RawEntry {
  url: string;
  title: string;
  summary: string;
  published?: string;
}

export interface RawFeed {
  kind: 'rss' | 'atom' | 'json';
  title: string;
  entries: RawEntry[];
}

type Node = Record<string, unknown>;

// Lists whatever their count, so one item reads like many; values stay text (a title
// "2024" is not a number), attributes kept for Atom's links and content types.
const LISTS = new Set(['item', 'entry', 'link', 'outline']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: false,
  htmlEntities: false,
  isArray: (name) => LISTS.has(name),
});

/** The markup's text: tags dropped, references decoded, so it is shown as the page showed it. */
export function htmlText(html: string): string {
  // Block elements part words; inline ones (`<em>`) stand inside them.
  const blocks = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|pre|hr)\b[^>]*>/gi;
  const cdata = /<!\[CDATA\[|\]\]>/g;
  return decodeHTML(
    html
      .replace(cdata, '')
      .replace(blocks, ' ')
      .replace(/<[^>]*>/g, ''),
  );
}

/** An element's text: a plain string, or the text of one with attributes. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') {
    const node = value as Node;
    const text = typeof node['#text'] === 'string' ? node['#text'] : '';
    // Atom's `type="html"` text is markup: read as the page would show it.
    return node['@type'] === 'html' || node['@type'] === 'xhtml' ? htmlText(text) : text;
  }
  return '';
}

/** XML text parsed, or why it is not well-formed, with the line the parser stopped on. */
export function parseXml(text: string): Result<Node> {
  // A feed has no need of its own entities, and their expansion is how a small
  // document grows without bound.
  if (/<!ENTITY/i.test(text)) {
    return {
      ok: false,
      error:
        'This document declares its own XML entities, which a feed does not need; it was not read.',
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      ok: false,
      error: `This is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`,
    };
  }
  return { ok: true, value: parser.parse(text) as Node };
}

const asList = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is Node => !!v && typeof v === 'object',
  );

function rss(root: Node): RawFeed {
  const channel = asList(root.channel)[0] ?? {};
  const items = asList(channel.item);
  return {
    kind: 'rss',
    title: textOf(channel.title),
    entries: items.map((item) => ({
      // `guid isPermaLink` is the address when a feed gives no link.
      url:
        textOf(item.link) ||
        (asList(item.guid)[0]?.['@isPermaLink'] !== 'false' ? textOf(item.guid) : ''),
      title: textOf(item.title),
      summary: htmlText(textOf(item.description)),
      published: textOf(item.pubDate) || textOf(item['dc:date']) || undefined,
    })),
  };
}

/** Atom's entry address: the `alternate` link (a link without `rel` is one). */
function atomLink(entry: Node): string {
  const links = asList(entry.link);
  const alternate = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return typeof alternate?.['@href'] === 'string' ? alternate['@href'] : '';
}

function atom(root: Node): RawFeed {
  return {
    kind: 'atom',
    title: textOf(root.title),
    entries: asList(root.entry).map((entry) => ({
      url: atomLink(entry),
      title: textOf(entry.title),
      summary: htmlText(textOf(entry.summary) || textOf(entry.content)),
      published: textOf(entry.published) || textOf(entry.updated) || undefined,
    })),
  };
}

/** RSS 2.0 (and 0.9x) or Atom 1.0, or why the XML is neither. */
export function readXmlFeed(text: string): Result<RawFeed> {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const rssRoot = asList(doc.rss)[0];
  if (rssRoot) return { ok: true, value: rss(rssRoot) };
  const feedRoot = asList(doc.feed)[0];
  if (feedRoot) return { ok: true, value: atom(feedRoot) };
  const rdf = asList(doc['rdf:RDF'])[0];
  if (rdf)
    return {
      ok: true,
      value: { ...rss({ channel: { ...asList(rdf.channel)[0], item: rdf.item } }), kind: 'rss' },
    };
  const root = Object.keys(doc).find((key) => !key.startsWith('?')) ?? 'nothing';
  return {
    ok: false,
    error: `This XML is not a feed: its root is <${root}>, where RSS has <rss> and Atom <feed>.`,
  };
}
