import MarkdownIt from 'markdown-it';
import { t } from '../../ui/i18n';
import type { SiteRendering } from './site-rendering';

// The settings of each site's renderer (site-rendering.ts says which site is which).
const PARSERS: Record<SiteRendering, InstanceType<typeof MarkdownIt>> = {
  zenn: new MarkdownIt({ html: false, breaks: true, linkify: true }),
  'commonmark-html': new MarkdownIt({ html: true, linkify: false }),
};

// Images are written as their alt text: loading one would tell its server who is reading
// the draft.
for (const parser of Object.values(PARSERS)) {
  parser.renderer.rules.image = (tokens, index) => {
    const alt = parser.utils.escapeHtml(tokens[index]?.content ?? '');
    return `<span class="image-placeholder">${t('ws_imageAlt', alt)}</span>`;
  };
}

// Front matter is the site's, not the reader's: it is left out, with a byte order mark.
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n|^\uFEFF/;

/** The HTML as the site's renderer writes it, before the preview sanitizes it. */
export function previewHtml(markdown: string, rendering: SiteRendering): string {
  return PARSERS[rendering].render(markdown.replace(FRONT_MATTER, ''));
}
