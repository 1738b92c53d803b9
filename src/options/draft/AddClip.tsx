import type { Category } from '../../core/model';
import { categoryLabel } from '../../core/model';
import { addClip } from '../../storage/clips/clips';
import { getSettings } from '../../storage/digests/settings';
import { t } from '../../ui/i18n';
import { errorText, useNotify } from '../shared/notify';
import { ClipForm, type ClipValues } from './ClipForm';

interface Props {
  issueId: string;
  category: Category;
  /** Open or closed is the section's to keep, so its button sits in the heading's line. */
  open: boolean;
  onOpen: (open: boolean) => void;
}

const EMPTY: ClipValues = { heading: '', url: '', pageTitle: '', description: '', comment: '' };

/** Adds a clip by hand at the end of a category, for links found outside the browser. */
export function AddClip({ issueId, category, open, onOpen }: Props) {
  const notify = useNotify();
  const headingId = `cat-${category.id}-title`;

  async function submit(values: ClipValues): Promise<boolean> {
    try {
      const { clippedBy } = await getSettings();
      await addClip({
        ...values,
        issueId,
        categoryId: category.id,
        ...(clippedBy ? { clippedBy } : {}),
      });
      // The form empties for the next clip (editors add several in a row), keeping what
      // was typed while this one was saved: it is not remounted.
      return true;
    } catch (error) {
      notify({ text: t('ws_error', errorText(error)), kind: 'error' });
      return false;
    }
  }

  if (!open) {
    return (
      <button type="button" aria-describedby={headingId} onClick={() => onOpen(true)}>
        {t('ws_addClip')}
      </button>
    );
  }
  return (
    <fieldset class="add-clip section-text">
      <legend>{`${t('ws_addClip')}: ${categoryLabel(category) || t('ws_unnamed')}`}</legend>
      <ClipForm
        idPrefix={`add-${category.id}`}
        initial={EMPTY}
        clearAfterSave
        submitLabel={t('ws_addClip')}
        onSubmit={submit}
        onCancel={() => onOpen(false)}
      />
    </fieldset>
  );
}
