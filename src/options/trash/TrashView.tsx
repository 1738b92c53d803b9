import { useState } from 'preact/hooks';
import { itemHeading } from '../../core/markdown';
import { restoreClip } from '../../storage/clips/edits';
import { emptyTrash } from '../../storage/clips/trash';
import type { StoredClip } from '../../storage/schema/stores';
import { t, uiLanguage } from '../../ui/i18n';
import { Dialog } from '../shared/Dialog';
import { errorText, useNotify } from '../shared/notify';

interface Props {
  trash: StoredClip[];
  draftId: string;
  reload: () => Promise<void>;
}

// Dates in the language of the page's text, not whatever the system locale is.
const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

/** Deleted clips, newest first, until the trash is emptied. */
export function TrashView({ trash, draftId, reload }: Props) {
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);

  async function act(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      await reload();
      notify({ text: done });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <section class="panel" aria-labelledby="trash-title">
      <div class="row spread">
        <h2 id="trash-title">{t('ws_trashTitle')}</h2>
        <button
          type="button"
          class="danger"
          disabled={trash.length === 0}
          onClick={() => setConfirming(true)}
        >
          {t('ws_emptyTrash')}
        </button>
      </div>
      {trash.length === 0 ? (
        <p class="muted">{t('ws_trashEmptyNote')}</p>
      ) : (
        <ul class="trash" aria-labelledby="trash-title">
          {trash.map((clip) => (
            <li key={clip.id}>
              <span id={`trash-${clip.id}`}>{itemHeading(clip)}</span>{' '}
              <span class="muted">
                {t('ws_deletedAt', when.format(new Date(clip.deletedAt ?? clip.updatedAt)))}
              </span>{' '}
              <button
                type="button"
                aria-describedby={`trash-${clip.id}`}
                onClick={() =>
                  act(() => restoreClip(clip.id, draftId), t('ws_restored', itemHeading(clip)))
                }
              >
                {t('ws_restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog id="empty-trash" title={t('ws_emptyTrash')} onClose={() => setConfirming(false)}>
          <p>{t('ws_emptyTrashConfirm', trash.length)}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                act(emptyTrash, t('ws_emptied'));
              }}
            >
              {t('ws_emptyTrash')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('ws_cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
