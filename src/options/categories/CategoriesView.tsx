import { useState } from 'preact/hooks';
import type { Category, IssueDocument } from '../../core/model';
import { orderedCategories } from '../../core/order';
import {
  addCategory,
  moveCategory,
  removeCategory,
  updateCategory,
} from '../../storage/category-edit';
import { errorText, useNotify } from '../shared/notify';
import { tr } from '../strings';
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
      notify({ text: tr('error', errorText(error)), kind: 'error' });
    }
  }

  return (
    <section class="panel" aria-labelledby="categories-title">
      <h2 id="categories-title">{tr('categoriesTitle')}</h2>
      <ol class="category-rows" aria-label={tr('categoriesTitle')}>
        {categories.map((category) => (
          <CategoryRow
            key={category.id}
            category={category}
            clipCount={counts.get(category.id) ?? 0}
            canRemove={categories.length > 1}
            onSave={(label) =>
              act(
                () => updateCategory(category.id, label),
                () => tr('saved'),
              )
            }
            onMove={(delta) => act(() => moveCategory(category.id, delta, issueId))}
            onRemove={() => setRemoving(category)}
          />
        ))}
      </ol>
      <form
        class="row wrap add-category"
        aria-label={tr('addCategory')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          act(
            () => addCategory({ emoji, name }, issueId),
            () => tr('saved'),
          );
          setEmoji('');
          setName('');
        }}
      >
        <div class="field emoji">
          <label for="new-category-emoji">{tr('emoji')}</label>
          <input
            id="new-category-emoji"
            value={emoji}
            onInput={(e) => setEmoji((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field grow">
          <label for="new-category-name">{tr('name')}</label>
          <input
            id="new-category-name"
            value={name}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" disabled={!name.trim()}>
          {tr('addCategory')}
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
              (moved) => tr('removed', String(moved)),
            );
          }}
        />
      )}
    </section>
  );
}
