import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_STYLES } from '../../../src/core/markdown/style/builtin';
import {
  arrivedFirstRead,
  firstReadSettled,
  load,
  startFirstRead,
  takeFirstRead,
} from '../../../src/options/workspace-data';
import { onChange } from '../../../src/storage/changes';
import { saveClip } from '../../../src/storage/clips/clips';
import { closeDatabase } from '../../../src/storage/db';
import { putStyle } from '../../../src/storage/digests/styles';
import { getCurrentDraft } from '../../../src/storage/issues/issues';
import { DB_NAME } from '../../../src/storage/schema/stores';
import { clip } from '../storage/fresh-db';

// The workspace reads the product's own database (no options), as the page does.
afterEach(async () => {
  takeFirstRead();
  await closeDatabase(DB_NAME);
  await deleteDB(DB_NAME);
});

/** Resolves once a committed write to `store` has been announced to this context. */
function announced(store: string): Promise<void> {
  return new Promise((done) => {
    const stop = onChange((notice) => {
      if (notice.db !== DB_NAME || !notice.stores.includes(store as never)) return;
      stop();
      done();
    });
  });
}

describe("the workspace's first read, started before its first render", () => {
  it('is taken once, and holds what the workspace would read itself', async () => {
    const draft = await getCurrentDraft();
    await saveClip(clip({ id: 'a', issueId: draft.id }));
    startFirstRead();
    const early = takeFirstRead();
    expect(early).not.toBeNull();
    expect(await early).toEqual(await load({ trash: false, past: false }));
    expect(takeFirstRead()).toBeNull();
  });

  it("gives the first render its data once arrived, the same object the workspace's read takes", async () => {
    const draft = await getCurrentDraft();
    await saveClip(clip({ id: 'a', issueId: draft.id }));
    startFirstRead();
    expect(arrivedFirstRead()).toBeNull();
    await firstReadSettled(10_000);
    const shown = arrivedFirstRead();
    expect(shown?.doc.clips.map((c) => c.id)).toEqual(['a']);
    // Taken by the workspace's own first read: the same object, so nothing renders again.
    expect(await takeFirstRead()).toBe(shown);
    expect(arrivedFirstRead()).toBeNull();
  });

  it('gives the first render nothing once a write made the read stale', async () => {
    const draft = await getCurrentDraft();
    startFirstRead();
    await firstReadSettled(10_000);
    expect(arrivedFirstRead()).not.toBeNull();
    const written = announced('clips');
    await saveClip(clip({ id: 'late', issueId: draft.id }));
    await written;
    expect(arrivedFirstRead()).toBeNull();
    expect(takeFirstRead()).toBeNull();
  });

  it('settles at once when there is no first read to wait for', async () => {
    let settled = false;
    void firstReadSettled(60_000).then(() => {
      settled = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('hands over to the next listener without losing a notice posted in between', async () => {
    const draft = await getCurrentDraft();
    startFirstRead();
    // The write's notice is posted when saveClip resolves and delivered a task later:
    // taking the early read and subscribing, as the workspace does in one task, must not
    // drop it (a channel closed with undelivered messages loses them).
    await saveClip(clip({ id: 'between', issueId: draft.id }));
    takeFirstRead();
    const heard = new Promise<string[]>((done) => {
      const stop = onChange((notice) => {
        if (notice.db !== DB_NAME) return;
        stop();
        done(notice.stores);
      });
    });
    expect(await heard).toEqual(['clips']);
  });

  it("reads the editor's own styles with the draft, so its first render uses them", async () => {
    const own = { ...(BUILTIN_STYLES[0] as (typeof BUILTIN_STYLES)[number]), name: 'house' };
    await putStyle(own);
    const data = await load({ trash: false, past: false });
    expect(data.styles).toEqual([own]);
  });

  it('is dropped when a write to the styles is announced before it is taken', async () => {
    startFirstRead();
    const written = announced('styles');
    await putStyle({ ...(BUILTIN_STYLES[0] as (typeof BUILTIN_STYLES)[number]), name: 'late' });
    await written;
    expect(takeFirstRead()).toBeNull();
  });

  it('is dropped when a write to the draft is announced before it is taken', async () => {
    const draft = await getCurrentDraft();
    startFirstRead();
    const written = announced('clips');
    await saveClip(clip({ id: 'late', issueId: draft.id }));
    await written;
    // Taking it would show the draft without the clip written in between.
    expect(takeFirstRead()).toBeNull();
    const fresh = await load({ trash: false, past: false });
    expect(fresh.doc.clips.map((c) => c.id)).toContain('late');
  });
});
