import { useEffect, useRef, useState } from 'preact/hooks';
import { itemHeading } from '../../core/markdown/values';
import type { Clip } from '../../core/model';
import { t } from '../../ui/i18n';
import { lazyComponent } from '../shared/lazy';

/** markdown-it and DOMPurify load only when the Rendered tab is first opened. */
const RenderedPreview = lazyComponent(() =>
  import('./RenderedPreview').then((module) => module.RenderedPreview),
);

type Mode = 'markdown' | 'rendered';

/** How far down a textarea `before` reaches, its lines wrapped as the textarea wraps them. */
function offsetOfLine(textarea: HTMLTextAreaElement, before: string): number {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const name of ['font', 'padding', 'border', 'whiteSpace', 'overflowWrap', 'boxSizing'])
    mirror.style.setProperty(
      name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      style.getPropertyValue(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)),
    );
  mirror.style.width = `${textarea.clientWidth}px`;
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.textContent = before ? `${before}\n` : '';
  document.body.append(mirror);
  const height = before ? mirror.offsetHeight - Number.parseFloat(style.paddingBottom) : 0;
  mirror.remove();
  return height;
}

/** The Markdown, or its rendered view; toggle buttons say which one is shown. */
export function PreviewPane({ markdown, focused }: { markdown: string; focused?: Clip | null }) {
  const [mode, setMode] = useState<Mode>('markdown');
  const area = useRef<HTMLTextAreaElement>(null);
  // The preview follows the outline: the focused clip's heading line scrolls to the top.
  const heading = focused ? itemHeading(focused) : '';
  useEffect(() => {
    const textarea = area.current;
    if (!textarea || !heading) return;
    const lines = markdown.split('\n');
    const line = lines.findIndex((l) => /^#{1,6} /.test(l) && l.includes(heading));
    if (line === -1) return;
    textarea.scrollTop = offsetOfLine(textarea, lines.slice(0, line).join('\n'));
    textarea.dataset.shownLine = String(line + 1);
  }, [heading, markdown, mode]);
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
        <textarea
          ref={area}
          class="markdown"
          readOnly
          rows={24}
          aria-label={t('ws_markdown')}
          data-testid="markdown-preview"
          value={markdown}
        />
      ) : (
        <RenderedPreview markdown={markdown} />
      )}
    </section>
  );
}
