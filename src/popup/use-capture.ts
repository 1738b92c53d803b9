import { useEffect, useRef, useState } from 'preact/hooks';
import { readPageInfo } from '../capture/page-info';
import { quoteSelection } from '../core/capture';
import { type Category, categoryLabel } from '../core/model';
import { issueTitle } from '../core/render';
import { listCategories } from '../storage/categories';
import { findClipsByUrl, toClip } from '../storage/clips';
import { getDraft, saveDraft } from '../storage/drafts';
import { getIssue } from '../storage/issues';
import { getSettings } from '../storage/settings';
import { t } from '../ui/i18n';
import { send } from '../ui/send';
import {
  defaultCategory,
  type ExistingClip,
  type FormFields,
  fieldsFromClip,
  fieldsFromTab,
  withDraft,
  withPageInfo,
} from './form';
import { targetTab } from './target-tab';

export type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface Capture {
  fields: FormFields;
  categories: Category[];
  existing: ExistingClip | null;
  /** The clip this popup saved, so saving again edits it instead of clipping twice. */
  savedId?: string;
}

async function findExisting(url: string, categories: Category[]): Promise<ExistingClip | null> {
  const [stored] = (await findClipsByUrl(url)).filter((c) => !c.deletedAt);
  if (!stored) return null;
  const issue = await getIssue(stored.issueId);
  const category = categories.find((c) => c.id === stored.categoryId);
  return {
    clip: toClip(stored),
    issueTitle: issue ? issueTitle(issue) : '',
    categoryLabel: category ? categoryLabel(category) : '',
  };
}

/** Loads the tab into the form, keeps a draft while typing, and saves through the worker. */
export function useCapture() {
  const [capture, setCapture] = useState<Capture | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const touched = useRef(new Set<keyof FormFields>());

  useEffect(() => {
    (async () => {
      const tab = await targetTab();
      if (!tab?.url) throw new Error(t('popupNoAddress'));
      // Browser pages, the Web Store, files: a digest links to the web.
      if (!/^https?:/i.test(tab.url)) throw new Error(t('popupNotWebPage'));
      const [categories, settings, draft] = await Promise.all([
        listCategories(),
        getSettings(),
        getDraft(tab.url),
      ]);
      const existing = await findExisting(tab.url, categories);
      const base = existing
        ? fieldsFromClip(existing.clip)
        : fieldsFromTab(
            tab.url,
            tab.title ?? '',
            defaultCategory(categories, settings.lastCategoryId),
          );
      const fields = withDraft(base, draft, existing?.clip.updatedAt);
      setCapture({ fields, categories, existing });
      if (existing || tab.id === undefined) return;
      const page = await readPageInfo(tab.id);
      const quote = draft ? '' : quoteSelection(page.selection);
      setCapture(
        (c) => c && { ...c, fields: withPageInfo(c.fields, page, touched.current, quote) },
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
      void saveDraft({
        url: fields.url,
        comment: fields.comment,
        heading: fields.heading,
        categoryId: fields.categoryId,
      });
      return { ...c, fields };
    });
  };

  const save = async () => {
    if (!capture || status.kind === 'saving') return;
    setStatus({ kind: 'saving' });
    const id = capture.savedId ?? capture.existing?.clip.id;
    try {
      const result = await send({
        type: 'save-clip',
        input: { ...capture.fields, ...(id ? { id } : {}) },
      });
      if (!result.ok) return setStatus({ kind: 'error', message: result.error });
      setCapture({ ...capture, savedId: result.clip.id });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
  };

  return { capture, loadError, status, update, save };
}
