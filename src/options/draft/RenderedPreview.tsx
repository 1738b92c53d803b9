import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { markdownToFragment } from './markdown-html';
import { ScrollRegion } from './ScrollRegion';
import type { SiteRendering } from './site-rendering';

interface Props {
  markdown: string;
  heading: string;
  /** How the style's site renders Markdown; the legend names it. */
  rendering: SiteRendering;
}

// The legend for each site's rules, as a message key.
const LEGEND = {
  zenn: 'ws_renderedZenn',
  'commonmark-html': 'ws_renderedCommonMark',
} as const satisfies Record<SiteRendering, string>;

/**
 * The issue as readers will see it on its site, sanitized (markdown-html.ts); nothing
 * remote loads. Like the Markdown view, it follows the outline: the focused clip's heading
 * scrolls to the top of the box.
 */
export function RenderedPreview({ markdown, heading, rendering }: Props) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.replaceChildren(markdownToFragment(markdown, rendering));
  }, [markdown, rendering]);
  useEffect(() => {
    const root = box.current;
    if (!root || !heading) return;
    const found = [...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].find((h) =>
      h.textContent?.includes(heading),
    );
    if (!found) return;
    root.scrollTop = found.offsetTop;
    root.dataset.shownHeading = heading;
  }, [markdown, heading]);
  return (
    <div>
      <p class="hint" data-testid="rendered-legend">
        {t(LEGEND[rendering])} {t('ws_renderedNote')}
      </p>
      <ScrollRegion
        boxRef={box}
        class="rendered"
        label={t('ws_rendered')}
        testId="rendered-preview"
      />
    </div>
  );
}
