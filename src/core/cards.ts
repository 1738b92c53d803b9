import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { PresetName } from './model';

/** What a link card says about its page. */
export interface ParsedCard {
  preset: PresetName;
  url: string;
  pageTitle: string;
  description: string;
}

// The forms seen in real digests. `data-card-controls` is optional because hand-written
// issues drop it; the exact original is kept by the importer when it differs.
const EMBEDLY_LINK =
  /^<a class="embedly-card"(?: data-card-controls="0")? href="([^"]*)">(.*)<\/a>$/;
const EMBEDLY_BLOCKQUOTE =
  /^<blockquote class="embedly-card"(?: data-card-controls="0")?><h4><a href="([^"]*)">(.*?)<\/a><\/h4>(?:<p>(.*)<\/p>)?<\/blockquote>$/;

/** Parses one line as a link card; null when it is not one. */
export function parseCard(line: string): ParsedCard | null {
  const link = EMBEDLY_LINK.exec(line);
  if (link) {
    return {
      preset: 'embedly-link',
      url: decodeHTMLAttribute(link[1] ?? ''),
      pageTitle: decodeHTML(link[2] ?? ''),
      description: '',
    };
  }
  const quote = EMBEDLY_BLOCKQUOTE.exec(line);
  if (quote) {
    return {
      preset: 'embedly-blockquote',
      url: decodeHTMLAttribute(quote[1] ?? ''),
      pageTitle: decodeHTML(quote[2] ?? ''),
      description: decodeHTML(quote[3] ?? ''),
    };
  }
  return null;
}

const MARKDOWN_LINK_HEADING = /^\[((?:\\.|[^\\\]])*)\]\((\S+)\)$/;

/** A heading written as `[text](url)`, the markdown-link preset's item form. */
export function parseLinkHeading(text: string): { heading: string; url: string } | null {
  const match = MARKDOWN_LINK_HEADING.exec(text);
  if (!match) return null;
  return {
    heading: decodeHTML((match[1] ?? '').replace(/\\([\\[\]])/g, '$1')),
    url: match[2] ?? '',
  };
}
