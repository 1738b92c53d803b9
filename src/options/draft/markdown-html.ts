import DOMPurify from 'dompurify';
import { drawCards } from './preview-cards';
import { previewHtml } from './preview-html';
import type { SiteRendering } from './site-rendering';

/**
 * The rendered preview's HTML (previews go through a sanitizer and load nothing remote).
 * The site's renderer (preview-html.ts) keeps the raw HTML where the site does (the
 * embedly cards are HTML), and DOMPurify then removes everything that runs or fetches:
 * scripts, frames, media, forms, SVG, styles, and every attribute that names a resource.
 * Every site's output goes through it, whether it allows HTML or not.
 */

// biome-ignore format: a list reads better in rows
const FORBID_TAGS = [
  'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'link', 'style', 'script', 'noscript', 'template', 'svg',
  'math', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'image', 'portal',
];
// biome-ignore format: a list reads better in rows
const FORBID_ATTR = [
  'style', 'src', 'srcset', 'background', 'poster', 'ping', 'action', 'formaction',
  'xlink:href', 'lowsrc', 'dynsrc', 'longdesc', 'data', 'codebase', 'manifest',
];

const purifier = DOMPurify();
// Links leave the workspace rather than replace it, and tell the target nothing.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Markdown as a sanitized fragment, built in an inert document and never as a string, with
 * its link cards drawn as cards by the site's card rule.
 */
export function markdownToFragment(text: string, rendering: SiteRendering): DocumentFragment {
  const fragment = purifier.sanitize(previewHtml(text, rendering), {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    ADD_ATTR: ['target'],
    RETURN_DOM_FRAGMENT: true,
  });
  return drawCards(fragment, rendering);
}
