import type { HouseStyle } from '../../core/markdown';

/**
 * How the style's site turns Markdown into a page, so the rendered preview shows what
 * readers will see. Zenn (its zenn-markdown-html settings: markdown-it with `breaks` and
 * `linkify`, raw HTML off) shows a `<details>` as text, keeps a single line break and
 * makes a URL alone on its line a card; GitBook, Jekyll and Pelican sites (Neco Weekly,
 * LWKD, This Week in Rust) read CommonMark with the HTML, where a single line
 * break joins the lines. Apart from the renderer, which loads with the Rendered tab.
 */
export type SiteRendering = 'zenn' | 'commonmark-html';

export function siteRendering(style: HouseStyle): SiteRendering {
  return style.rules?.includes('zenn') ? 'zenn' : 'commonmark-html';
}
