import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** What an outline row's editor held when its clip went away before it was saved. */
export interface Kept {
  heading: string;
  text: string;
}

/**
 * Shown when the clip being edited is deleted or published elsewhere (another window, the
 * side panel, a menu): the editor goes with its row, so the words it held stay here, said
 * out loud and selected, until the editor dismisses them. The side panel and the workspace
 * both show it.
 */
export function KeptText({ kept, onDismiss }: { kept: Kept; onDismiss: () => void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [kept]);
  return (
    <section class="kept-text" aria-labelledby="kept-text-title">
      <p id="kept-text-title" role="alert">
        {t('ol_kept', kept.heading)}
      </p>
      <label for="kept-text-field">{t('ol_keptLabel')}</label>
      <textarea
        ref={field}
        id="kept-text-field"
        rows={4}
        readOnly
        value={kept.text}
        onFocus={(event) => (event.currentTarget as HTMLTextAreaElement).select()}
      />
      <div class="row">
        <button type="button" onClick={onDismiss}>
          {t('ol_dismiss')}
        </button>
      </div>
    </section>
  );
}
