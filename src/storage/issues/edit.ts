import { type Issue, systemClock } from '../../core/model';
import { conflictingFields, type EditBase } from '../../core/model/clip-edit';
import { MAX_LONG_TEXT } from '../../core/model/limits';
import type { ClipOptions } from '../clips/clips';
import type { EditResult } from '../clips/edits';
import { transact } from '../db';
import { fitIssueEdit, fitText } from '../fits';

/** The issue fields the workspace edits; status and published Markdown change by publishing. */
export type IssuePatch = Partial<
  Pick<
    Issue,
    | 'title'
    | 'number'
    | 'date'
    | 'header'
    | 'intro'
    | 'afterwordHeading'
    | 'afterword'
    | 'style'
    | 'frontMatter'
  >
>;

/**
 * Saves edited issue fields with the same conflict rule as clips (core/edit.ts). A
 * published issue is frozen and counts as missing.
 */
export async function updateIssue(
  id: string,
  patch: IssuePatch,
  base: EditBase<Issue>,
  options: ClipOptions = {},
): Promise<EditResult<Issue>> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['issues'], 'readwrite', async (tx) => {
    const store = tx.objectStore('issues');
    const current = await store.get(id);
    if (current?.status !== 'draft') return { status: 'missing' as const };
    const fields = conflictingFields(current, base, patch).map(String);
    if (fields.length) return { status: 'conflict' as const, current, fields };
    const next: Issue = { ...current, ...patch, updatedAt: stamp };
    fitIssueEdit(patch);
    await store.put(next);
    return { status: 'saved' as const, value: next };
  });
}

/** The text under one section's heading, checked against what the editor started from. */
export async function updateSectionText(
  issueId: string,
  categoryId: string,
  text: string,
  baseText: string,
  options: ClipOptions = {},
): Promise<EditResult<Issue>> {
  const stamp = (options.now ?? systemClock)().toISOString();
  return transact(options, ['issues'], 'readwrite', async (tx) => {
    const store = tx.objectStore('issues');
    const current = await store.get(issueId);
    if (current?.status !== 'draft') return { status: 'missing' as const };
    const stored = current.sectionText[categoryId] ?? '';
    if (stored !== baseText && stored !== text) {
      return { status: 'conflict' as const, current, fields: ['sectionText'] };
    }
    const sectionText = { ...current.sectionText, [categoryId]: text };
    if (!text) delete sectionText[categoryId];
    const next: Issue = { ...current, sectionText, updatedAt: stamp };
    fitText('sectionText', text, MAX_LONG_TEXT);
    await store.put(next);
    return { status: 'saved' as const, value: next };
  });
}
