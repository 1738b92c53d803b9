import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCapture } from '../../../src/background/save';
import type { ClipInput } from '../../../src/core/messages';
import { baseOf, fieldsFromClip } from '../../../src/popup/form';
import { getClip } from '../../../src/storage/clips/clips';
import { updateClip } from '../../../src/storage/clips/edits';
import { closeDatabase } from '../../../src/storage/db';

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const input: ClipInput = {
  url: 'https://example.com/post',
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment: 'first',
  categoryId: 'tools',
};

describe('the popup saving a clip edited in the workspace since it opened', () => {
  it('is refused as a conflict naming the fields; saving again keeps the popup version', async () => {
    const created = await saveCapture(input);
    if (!created.ok) throw new Error(created.error);
    // The popup opens on the clipped page...
    const popupBase = baseOf(created.clip);
    const popupFields = { ...fieldsFromClip(created.clip), heading: 'Popup heading' };
    // ...while the workspace rewrites the heading and the comment.
    const workspace = await updateClip(
      created.clip.id,
      { heading: 'Workspace heading', comment: 'workspace words' },
      { updatedAt: created.clip.updatedAt, values: { heading: 'Post', comment: 'first' } },
    );
    expect(workspace.status).toBe('saved');

    const stale = await saveCapture({ ...popupFields, id: created.clip.id, base: popupBase });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(stale.ok ? [] : 'fields' in stale ? stale.fields : []).toEqual(['heading']);
    const kept = await getClip(created.clip.id);
    expect(kept).toMatchObject({ heading: 'Workspace heading', comment: 'workspace words' });

    if (stale.ok || !('current' in stale)) throw new Error('expected a conflict');
    const again = await saveCapture({
      ...popupFields,
      id: created.clip.id,
      base: { ...popupBase, updatedAt: stale.current.updatedAt },
    });
    // Only what the popup changed is written: the workspace's comment stays.
    expect(again).toMatchObject({
      ok: true,
      clip: { heading: 'Popup heading', comment: 'workspace words' },
    });
  });
});
