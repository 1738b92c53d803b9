import { useEffect, useRef, useState } from 'preact/hooks';
import { listCategories } from '../storage/categories';
import { saveDraft } from '../storage/drafts';
import { t } from '../ui/i18n';
import { send } from '../ui/send';
import { baseOf, defaultCategory, draftOf, type FormFields, withPageInfo } from './form';
import { type Capture, loadCapture } from './load';

export type { Capture } from './load';

const LABELS: Record<string, string> = {
  heading: 'fieldTitle',
  pageTitle: 'fieldPageTitle',
  url: 'fieldUrl',
  description: 'fieldDescription',
  comment: 'fieldComment',
  categoryId: 'fieldCategory',
};
const fieldName = (field: string) => (LABELS[field] ? t(LABELS[field]) : field);

export type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/** Loads the tab into the form, keeps a draft while typing, and saves through the worker. */
export function useCapture() {
  const [capture, setCapture] = useState<Capture | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const touched = useRef(new Set<keyof FormFields>());

  useEffect(() => {
    (async () => {
      const { capture: loaded, page, quote } = await loadCapture();
      setCapture(loaded);
      const info = await page;
      if (!info) return;
      setCapture(
        (c) => c && { ...c, fields: withPageInfo(c.fields, info, touched.current, quote(info)) },
      );
    })().catch((error: Error) => setLoadError(error.message));
  }, []);

  const update = (name: keyof FormFields, value: string) => {
    touched.current.add(name);
    setStatus({ kind: 'idle' });
    setCapture((c) => {
      if (!c) return c;
      const fields = { ...c.fields, [name]: value };
      // The popup closes whenever focus leaves it, with no event to rely on: every
      // keystroke is kept as a draft at once (one small put, committed in order).
      void saveDraft(draftOf(c.tabUrl, fields));
      return { ...c, fields };
    });
  };

  /** The chosen category was removed meanwhile: offer the current ones, keep every word. */
  const categoryGone = async () => {
    const categories = await listCategories();
    setCapture(
      (c) =>
        c && {
          ...c,
          categories,
          fields: { ...c.fields, categoryId: defaultCategory(categories, '') },
        },
    );
    setStatus({ kind: 'error', message: t('popupCategoryGone') });
  };

  const save = async () => {
    if (!capture || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const id = capture.savedId ?? capture.existing?.clip.id;
    try {
      const result = await send({
        type: 'save-clip',
        input: {
          ...capture.fields,
          draftUrl: capture.tabUrl,
          ...(id ? { id, base: capture.base } : {}),
        },
      });
      if (!result.ok && result.code === 'category-missing') return await categoryGone();
      if (!result.ok && 'current' in result) {
        // Saving again now is "keep mine" for the fields changed here; the rest, which
        // this popup never touched, keep the newer words (see storage/capture.ts).
        const updatedAt = result.current.updatedAt;
        setCapture((c) => c && { ...c, base: c.base && { ...c.base, updatedAt } });
        const fields = result.fields.map(fieldName).join(', ');
        return setStatus({ kind: 'error', message: t('popupConflict', [fields]) });
      }
      if (!result.ok) return setStatus({ kind: 'error', message: result.error });
      setCapture({ ...capture, savedId: result.clip.id, base: baseOf(result.clip) });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  };

  return { capture, loadError, status, update, save };
}
