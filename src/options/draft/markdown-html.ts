import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { t } from '../../ui/i18n';
import { drawCards } from './preview-cards';

/**
 * The rendered preview's HTML (previews go through a sanitizer and load
 * nothing remote). markdown-it keeps the raw HTML (the embedly cards are HTML) and
 * DOMPurify then removes everything that runs or fetches: scripts, frames, media, forms,
 * SVG, styles, and every attribute that names a resource. Images are written as their alt
 * text, because loading one would tell its server who is reading the draft.
 */
const markdown = new MarkdownIt({ html: true, linkify: false });

markdown.renderer.rules.image = (tokens, index) => {
  const alt = markdown.utils.escapeHtml(tokens[index]?.content ?? '');
  return `<span class="image-placeholder">${t('ws_imageAlt', alt)}</span>`;
};

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
 * its link cards drawn as cards. Front matter is the site's, not the reader's: it is left out.
 */
export function markdownToFragment(text: string): DocumentFragment {
  const fragment = purifier.sanitize(
    markdown.render(text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n|^\uFEFF/, '')),
    {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
      ADD_ATTR: ['target'],
      RETURN_DOM_FRAGMENT: true,
    },
  );
  return drawCards(fragment);
}
