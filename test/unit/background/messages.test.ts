import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../../src/background/messages';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { closeDatabase } from '../../../src/storage/db';

// The worker's listener with the real save path; only the browser API around it is faked.
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ version: '0.0.0' }) },
    i18n: { getMessage: () => '' },
  },
}));

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const input = {
  url: 'https://example.com/post',
  pageTitle: 'Post',
  description: '',
  heading: 'Post',
  comment: 'mine',
  categoryId: 'tools',
};

describe('messages from extension pages', () => {
  it('keys beyond the schema are stripped and never stored', async () => {
    const result = await handleMessage({
      type: 'save-clip',
      input: {
        ...input,
        source: { style: 'x', headingLine: '## pwn' },
        lead: '<script>alert(1)</script>',
        issueId: 'elsewhere',
        arbitrary: { deep: true },
      },
      extra: 1,
    });
    expect(result).toMatchObject({ ok: true, created: true });
    const [stored] = await findClipsByUrl(input.url);
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      [
        'categoryId',
        'comment',
        'createdAt',
        'description',
        'heading',
        'id',
        'issueId',
        'normalizedUrl',
        'order',
        'pageTitle',
        'updatedAt',
        'url',
      ].sort(),
    );
    expect(stored?.issueId).not.toBe('elsewhere');
  });

  it('malformed requests are refused with the reason, never thrown', async () => {
    for (const message of [
      { type: 'save-clip' },
      { type: 'save-clip', input: null },
      { type: 'save-clip', input: { ...input, url: 42 } },
      { type: 'save-clip', input: { ...input, comment: undefined } },
    ]) {
      await expect(handleMessage(message)).resolves.toMatchObject({
        ok: false,
        error: expect.stringMatching(/^malformed request/),
      });
    }
    expect(await findClipsByUrl(input.url)).toEqual([]);
  });

  it('an unknown category is refused; messages that are not ours get no answer', async () => {
    await expect(
      handleMessage({ type: 'save-clip', input: { ...input, categoryId: 'no-such' } }),
    ).resolves.toMatchObject({ ok: false, code: 'category-missing' });
    expect(handleMessage({ type: 'something-else' })).toBeUndefined();
    expect(handleMessage('save-clip')).toBeUndefined();
  });
});
