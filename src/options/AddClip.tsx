import { useState } from 'preact/hooks';
import type { Category } from '../core/model';
import { categoryLabel } from '../core/model';
import { addClip } from '../storage/clips';
import { getSettings } from '../storage/settings';
import { ClipForm, type ClipValues } from './ClipForm';
import { errorText, useNotify } from './notify';
import { tr } from './strings';

interface Props {
  issueId: string;
  category: Category;
}

const EMPTY: ClipValues = { heading: '', url: '', pageTitle: '', description: '', comment: '' };

/** Adds a clip by hand at the end of a category, for links found outside the browser. */
export function AddClip({ issueId, category }: Props) {
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const headingId = `cat-${category.id}-title`;

  async function submit(values: ClipValues) {
    try {
      const { clippedBy } = await getSettings();
      await addClip({
        ...values,
        issueId,
        categoryId: category.id,
        ...(clippedBy ? { clippedBy } : {}),
      });
      // A fresh, empty form for the next clip: editors add several in a row.
      setGeneration((n) => n + 1);
    } catch (error) {
      notify({ text: tr('error', errorText(error)), kind: 'error' });
    }
  }

  if (!open) {
    return (
      <button type="button" aria-describedby={headingId} onClick={() => setOpen(true)}>
        {tr('addClip')}
      </button>
    );
  }
  return (
    <fieldset class="add-clip">
      <legend>{`${tr('addClip')}: ${categoryLabel(category) || tr('unnamed')}`}</legend>
      <ClipForm
        key={generation}
        idPrefix={`add-${category.id}-${generation}`}
        initial={EMPTY}
        submitLabel={tr('addClip')}
        onSubmit={submit}
        onCancel={() => setOpen(false)}
      />
    </fieldset>
  );
}
