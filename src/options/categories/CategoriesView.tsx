import { useState } from 'preact/hooks';
import type { Category, IssueDocument } from '../../core/model';
import { orderedCategories } from '../../core/model/order';
import {
  addCategory,
  moveCategory,
  removeCategory,
  updateCategory,
} from '../../storage/categories/edit';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { CategoryRow } from './CategoryRow';
import { RemoveCategoryDialog } from './RemoveCategoryDialog';

interface Props {
  doc: IssueDocument;
  reload: () => Promise<void>;
}

/** Add, rename, re-emoji, reorder and remove the workspace's categories. */
export function CategoriesView({ doc, reload }: Props) {
  const notify = useNotify();
  const [removing, setRemoving] = useState<Category | null>(null);
  const [emoji, setEmoji] = useState('');
  const [name, setName] = useState('');
  const categories = orderedCategories(doc.issue, doc.categories);
  const issueId = doc.issue.id;
  const counts = new Map<string, number>();
  for (const clip of doc.clips) counts.set(clip.categoryId, (counts.get(clip.categoryId) ?? 0) + 1);

  async function act(work: () => Promise<unknown>, done?: (result: unknown) => string) {
    try {
      const result = await work();
      await reload();
      if (done) notify({ text: done(result) });
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <section class="panel" aria-labelledby="categories-title">
      <h2 id="categories-title">{t('ws_categoriesTitle')}</h2>
      <ol class="category-rows" aria-label={t('ws_categoriesTitle')}>
        {categories.map((category) => (
          <CategoryRow
            key={category.id}
            category={category}
            clipCount={counts.get(category.id) ?? 0}
            canRemove={categories.length > 1}
            onSave={(label) =>
              act(
                () => updateCategory(category.id, label),
                () => t('ws_saved'),
              )
            }
            onMove={(delta) => act(() => moveCategory(category.id, delta, issueId))}
            onRemove={() => setRemoving(category)}
          />
        ))}
      </ol>
      <form
        class="row wrap add-category"
        aria-label={t('ws_addCategory')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          act(
            () => addCategory({ emoji, name }, issueId),
            () => t('ws_saved'),
          );
          setEmoji('');
          setName('');
        }}
      >
        <div class="field emoji">
          <label for="new-category-emoji">{t('ws_emoji')}</label>
          <input
            id="new-category-emoji"
            value={emoji}
            onInput={(e) => setEmoji((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field grow">
          <label for="new-category-name">{t('ws_name')}</label>
          <input
            id="new-category-name"
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" disabled={!name.trim()}>
          {t('ws_addCategory')}
        </button>
      </form>
      {removing && (
        <RemoveCategoryDialog
          category={removing}
          others={categories.filter((c) => c.id !== removing.id)}
          onClose={() => setRemoving(null)}
          onRemove={(targetId) => {
            setRemoving(null);
            act(
              () => removeCategory(removing.id, targetId),
              (moved) => t('ws_removed', String(moved)),
            );
          }}
        />
      )}
    </section>
  );
}
