import './preview-cards.css';
import type { SiteRendering } from './site-rendering';

/**
 * Link cards in the rendered preview, drawn the way the target site draws them but from
 * what the issue itself holds (nothing remote loads): an embedly link or blockquote card,
 * and the URL alone in a paragraph (or `@[card](url)`) that Zenn turns into a card, become
 * a box with the title, the description where there is one, and the host. Works on the
 * sanitized fragment's nodes, so no HTML string is ever built.
 */

function host(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function card(doc: Document, href: string, title: string, description = ''): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'link-card';
  const link = doc.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.className = 'link-card-title';
  link.textContent = title || href;
  box.append(link);
  if (description) {
    const text = doc.createElement('p');
    text.className = 'link-card-description';
    text.textContent = description;
    box.append(text);
  }
  const site = doc.createElement('span');
  site.className = 'link-card-host';
  site.textContent = host(href);
  box.append(site);
  return box;
}

const isWeb = (href: string | null): href is string => !!href && /^https?:\/\//i.test(href);

/**
 * The cards of the site's card rule: embedly's HTML where the site keeps HTML; on Zenn
 * (whose HTML is text) a URL alone in its paragraph, which Zenn links, and `@[card](url)`.
 */
export function drawCards(fragment: DocumentFragment, rendering: SiteRendering): DocumentFragment {
  if (rendering === 'zenn') return drawZennCards(fragment);
  const doc = fragment.ownerDocument;
  for (const node of [...fragment.querySelectorAll('a.embedly-card')]) {
    const href = node.getAttribute('href');
    if (!isWeb(href)) continue;
    // A lone card is its paragraph; the box replaces the paragraph, not just the link.
    const paragraph = node.parentElement;
    const lone = paragraph?.tagName === 'P' && paragraph.childNodes.length === 1;
    (lone ? paragraph : node).replaceWith(card(doc, href, node.textContent ?? ''));
  }
  for (const node of [...fragment.querySelectorAll('blockquote.embedly-card')]) {
    const link = node.querySelector('a');
    const href = link?.getAttribute('href') ?? null;
    if (!isWeb(href)) continue;
    node.replaceWith(
      card(doc, href, link?.textContent ?? '', node.querySelector('p')?.textContent ?? ''),
    );
  }
  return fragment;
}

function drawZennCards(fragment: DocumentFragment): DocumentFragment {
  const doc = fragment.ownerDocument;
  for (const paragraph of [...fragment.querySelectorAll('p')]) {
    if (paragraph.closest('li, blockquote')) continue;
    const only = paragraph.childNodes.length;
    const link = paragraph.querySelector('a');
    const href = link?.getAttribute('href') ?? null;
    if (!isWeb(href)) continue;
    // Linked by Zenn's linkify: the link's text is the URL as written (its href encoded).
    const bare =
      only === 1 &&
      link === paragraph.firstChild &&
      /^https?:\/\/\S+$/.test(link?.textContent ?? '');
    const marked =
      only === 2 && paragraph.firstChild?.textContent === '@' && link?.textContent === 'card';
    if (bare || marked) paragraph.replaceWith(card(doc, href, href));
  }
  return fragment;
}
