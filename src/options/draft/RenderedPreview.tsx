import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { markdownToFragment } from './markdown-html';

/** The issue as readers will see it, sanitized (markdown-html.ts); nothing remote loads. */
export function RenderedPreview({ markdown }: { markdown: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.replaceChildren(markdownToFragment(markdown));
  }, [markdown]);
  return (
    <div>
      <p class="hint">{t('ws_renderedNote')}</p>
      <div ref={box} class="rendered" data-testid="rendered-preview" />
    </div>
  );
}
