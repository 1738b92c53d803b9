import { useState } from 'preact/hooks';
import { lazyComponent } from './lazy';
import { tr } from './strings';

/** markdown-it and DOMPurify load only when the Rendered tab is first opened. */
const RenderedPreview = lazyComponent(() =>
  import('./RenderedPreview').then((module) => module.RenderedPreview),
);

type Mode = 'markdown' | 'rendered';

/** The Markdown, or its rendered view; toggle buttons say which one is shown. */
export function PreviewPane({ markdown }: { markdown: string }) {
  const [mode, setMode] = useState<Mode>('markdown');
  const toggle = (value: Mode, label: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
      {label}
    </button>
  );
  return (
    <section class="panel preview" aria-labelledby="preview-title">
      <div class="row spread">
        <h2 id="preview-title">{tr('preview')}</h2>
        <div class="row">
          {toggle('markdown', tr('markdown'))}
          {toggle('rendered', tr('rendered'))}
        </div>
      </div>
      {mode === 'markdown' ? (
        <textarea
          class="markdown"
          readOnly
          rows={24}
          aria-label={tr('markdown')}
          data-testid="markdown-preview"
          value={markdown}
        />
      ) : (
        <RenderedPreview markdown={markdown} />
      )}
    </section>
  );
}
