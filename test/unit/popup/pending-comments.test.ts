import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import { fieldsFromTab, pendingCommentOf, withPendingComment } from '../../../src/popup/form';
import { listCategories } from '../../../src/storage/categories/categories';
import { getPendingComment, savePendingComment } from '../../../src/storage/clips/pending-comments';
import { closeDatabase, transact } from '../../../src/storage/db';

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const TAB = 'https://example.com/post?utm_source=feed';
const allDrafts = () =>
  transact({}, ['drafts'], 'readonly', (tx) => tx.objectStore('drafts').getAll());

describe('the popup’s pending comment', () => {
  it('keeps every field under the tab address, however the URL field is edited', async () => {
    const categories = await listCategories();
    let fields = fieldsFromTab(TAB, 'Post | Example', 'tools');
    // Typing into the URL field, one keystroke at a time, then the other fields.
    for (const url of [
      'https://example.com/p',
      'https://example.com/po',
      'https://example.org/x',
    ]) {
      fields = { ...fields, url };
      await savePendingComment(pendingCommentOf(TAB, fields));
    }
    fields = { ...fields, description: 'My description', pageTitle: 'Edited title', comment: 'c' };
    await savePendingComment(pendingCommentOf(TAB, fields));
    expect(await allDrafts()).toHaveLength(1);

    // The popup closes and opens again on the same tab.
    const reopened = withPendingComment(
      fieldsFromTab(TAB, 'Post | Example', 'tools'),
      await getPendingComment(TAB),
      categories,
    );
    expect(reopened).toMatchObject({
      url: 'https://example.org/x',
      pageTitle: 'Edited title',
      description: 'My description',
      comment: 'c',
    });

    // Saving drops the pending comment, though the clip's URL is not the tab's.
    const saved = await saveCapture({ ...reopened, draftUrl: TAB });
    expect(saved.ok).toBe(true);
    expect(await allDrafts()).toEqual([]);
  });

  it("keeps the house style's item fields, which the reopened popup shows and the save stores", async () => {
    const categories = await listCategories();
    const typed = {
      ...fieldsFromTab(TAB, 'Post | Example', 'tools'),
      extra: { prefix: '[video] ' },
    };
    await savePendingComment(pendingCommentOf(TAB, typed));
    const reopened = withPendingComment(
      fieldsFromTab(TAB, 'Post | Example', 'tools'),
      await getPendingComment(TAB),
      categories,
    );
    expect(reopened.extra).toEqual({ prefix: '[video] ' });
    const saved = await saveCapture({ ...reopened, draftUrl: TAB });
    expect(saved.ok && saved.clip.extra).toEqual({ prefix: '[video] ' });
  });

  it('pending comments untouched for 30 days are forgotten when another is written', async () => {
    const day = (n: number) => () => new Date(Date.UTC(2026, 0, 1 + n));
    await savePendingComment({ url: 'https://example.com/old', comment: 'old' }, { now: day(0) });
    await savePendingComment(
      { url: 'https://example.com/recent', comment: 'recent' },
      { now: day(20) },
    );
    await savePendingComment({ url: 'https://example.com/new', comment: 'new' }, { now: day(31) });
    expect((await allDrafts()).map((d) => d.comment).sort()).toEqual(['new', 'recent']);
  });
});
