import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { itemHeading, styleOf } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { t } from '../../ui/i18n';
import { lazyComponent } from '../shared/lazy';
import { useCustomStyles } from '../shared/use-styles';
import { chunkAt, markdownChunks } from './markdown-chunks';
import { ScrollRegion } from './ScrollRegion';
import { siteRendering } from './site-rendering';

/** markdown-it and DOMPurify load only when the Rendered tab is first opened. */
const RenderedPreview = lazyComponent(() =>
  import('./RenderedPreview').then((module) => module.RenderedPreview),
);

type Mode = 'markdown' | 'rendered';

interface Props {
  markdown: string;
  /** The house style: the rendered view renders as its site does. */
  style: string;
  focused?: Clip | null;
}

/** The Markdown, or its rendered view; toggle buttons say which one is shown. */
export function PreviewPane({ markdown, style, focused }: Props) {
  const custom = useCustomStyles();
  const [mode, setMode] = useState<Mode>('markdown');
  const box = useRef<HTMLElement>(null);
  const chunks = useMemo(() => markdownChunks(markdown), [markdown]);
  // The preview follows the outline: the focused clip's heading line scrolls to the top.
  const heading = focused ? itemHeading(focused) : '';
  useEffect(() => {
    const pre = box.current;
    if (!pre || !heading) return;
    const line = markdown.split('\n').findIndex((l) => /^#{1,6} /.test(l) && l.includes(heading));
    const chunk = line === -1 ? undefined : chunkAt(chunks, line);
    const piece = chunk && pre.querySelector<HTMLElement>(`[data-line="${chunk.line + 1}"]`);
    if (!piece) return;
    // Pieces near the new position lay out only once scrolled to, and their real height
    // replaces the estimate, which moves the heading: align again until it stays put.
    let frame = 0;
    const align = (tries: number) => {
      pre.scrollTop = piece.offsetTop;
      if (tries > 0) frame = requestAnimationFrame(() => align(tries - 1));
      else pre.dataset.shownLine = String(line + 1);
    };
    align(4);
    return () => cancelAnimationFrame(frame);
  }, [heading, markdown, chunks, mode]);
  const toggle = (value: Mode, label: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
      {label}
    </button>
  );
  return (
    <section class="panel preview" aria-labelledby="preview-title">
      <div class="row spread">
        <h2 id="preview-title">{t('ws_preview')}</h2>
        <div class="row">
          {toggle('markdown', t('ws_markdown'))}
          {toggle('rendered', t('ws_rendered'))}
        </div>
      </div>
      {mode === 'markdown' ? (
        // Not a textarea: one lays out all of its text at once, which for a 200-clip issue
        // cost more than the rest of the page. Pieces off screen are skipped
        // (`content-visibility`), their height estimated from their lines.
        <ScrollRegion
          boxRef={box}
          class="markdown"
          label={t('ws_markdown')}
          testId="markdown-preview"
        >
          {chunks.map((chunk) => (
            <span
              key={chunk.line}
              class="md-chunk"
              data-line={chunk.line + 1}
              style={{ containIntrinsicSize: `auto ${chunk.lines * 1.4}em` }}
            >
              {chunk.text}
            </span>
          ))}
        </ScrollRegion>
      ) : (
        <RenderedPreview
          markdown={markdown}
          heading={heading}
          rendering={siteRendering(styleOf(style, custom))}
        />
      )}
    </section>
  );
}
