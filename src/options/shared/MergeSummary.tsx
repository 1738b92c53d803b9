import { itemHeading } from '../../core/markdown';
import type { MergePreview } from '../../core/merge/packs';
import type { Clip } from '../../core/model';
import { categoryLabel } from '../../core/model';
import { t } from '../../ui/i18n';

/** Titles only, as text: they come from a teammate's file and are never markup here. */
function ClipList({ clips }: { clips: Clip[] }) {
  if (clips.length === 0) return null;
  return (
    <ul>
      {clips.slice(0, 20).map((clip) => (
        <li key={clip.id}>{itemHeading(clip) || clip.url}</li>
      ))}
      {clips.length > 20 && <li class="muted">…</li>}
    </ul>
  );
}

/** What a team merge would do: added, merged, unchanged, new categories. */
export function MergeSummary({ preview }: { preview: MergePreview }) {
  const { added, merged, unchanged, newCategories } = preview;
  if (added.length === 0 && merged.length === 0 && newCategories.length === 0) {
    return <p class="muted">{t('data_mergeNothing')}</p>;
  }
  return (
    <div>
      <p>{t('data_previewAdded', added.length)}</p>
      <ClipList clips={added} />
      <p>{t('data_previewMerged', merged.length)}</p>
      <ClipList clips={merged.map((m) => m.after)} />
      <p class="muted">{t('data_previewUnchanged', unchanged.length)}</p>
      {newCategories.length > 0 && (
        <p>{t('data_previewCategories', newCategories.map((c) => categoryLabel(c)).join(', '))}</p>
      )}
    </div>
  );
}
