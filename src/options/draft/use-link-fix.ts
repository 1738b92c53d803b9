import { useState } from 'preact/hooks';
import { itemHeading } from '../../core/markdown';
import type { Clip } from '../../core/model';
import { updateClip } from '../../storage/clips/edits';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';

/**
 * Puts a better URL on one clip: an edit of that clip alone, checked against what it was
 * when the finding was made, so the writer rewrites that item's line and nothing else.
 * `busy` is the clip being fixed, for its button.
 */
export function useLinkFix() {
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  async function fix(clip: Clip, url: string) {
    setBusy(clip.id);
    try {
      const result = await updateClip(
        clip.id,
        { url },
        { updatedAt: clip.updatedAt, values: { url: clip.url } },
      );
      if (result.status === 'saved') notify({ text: t('ws_linkFixed', itemHeading(clip)) });
      else notify({ text: t('ws_linkFixStale'), kind: 'error' });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    } finally {
      setBusy(null);
    }
  }
  return { busy, fix };
}
