import { describe, expect, it, vi } from 'vitest';
import { renderIssue } from '../../../../src/core/markdown/write/render';
import { invalidFields, withLive } from '../../../../src/options/shared/live-issue';
import { loadIssueDocument } from '../../../../src/storage/issues/documents';
import {
  getCurrentDraft,
  getIssue,
  listIssues,
  saveIssue,
} from '../../../../src/storage/issues/issues';
import { PublishChangedError, publishIssue } from '../../../../src/storage/issues/publish';
import { freshDb } from '../../storage/fresh-db';

// The fields' module pulls in page code that loads the extension API; none of it runs here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('an invalid date typed into the issue fields', () => {
  it('is left out of what is shown, named for Publish, and a stale preview is not archived', async () => {
    const db = freshDb();
    const draft = await getCurrentDraft(db);
    await saveIssue({ ...draft, title: 'Neco Weekly ({date}号)', date: '2022-07-22' }, db);
    const doc = await loadIssueDocument(draft.id, db);
    if (!doc) throw new Error('no draft');

    // The date input hands over what Chromium makes of typing 20220729.
    const shown = withLive(doc.issue, { date: '20729-02-02' });
    const markdown = renderIssue({ ...doc, issue: shown });
    expect(markdown).toContain('# Neco Weekly (2022-07-22号)');
    expect(markdown).not.toContain('20729');
    expect(invalidFields(shown).map((f) => f.key)).toEqual(['date']);
    expect(invalidFields(withLive(doc.issue, { date: '2022-07-29' }))).toEqual([]);

    // A preview of text not saved yet is refused at publish time; nothing changes.
    const unsaved = withLive(doc.issue, { date: '2022-07-29' });
    const stale = renderIssue({ ...doc, issue: unsaved });
    await expect(publishIssue(draft.id, { ...db, expected: stale })).rejects.toBeInstanceOf(
      PublishChangedError,
    );
    expect((await getIssue(draft.id, db))?.status).toBe('draft');

    // What was shown is what is archived, byte for byte.
    const { published } = await publishIssue(draft.id, { ...db, expected: markdown });
    expect(published.publishedMarkdown).toBe(markdown);
    expect((await listIssues('published', db))[0]?.publishedMarkdown).toBe(markdown);
  });
});
