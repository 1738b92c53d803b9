import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Menus, Tabs } from 'webextension-polyfill';
import { findClipsByUrl } from '../../../src/storage/clips/clips';
import { closeDatabase } from '../../../src/storage/db';
import { englishMessage } from '../helpers/english-messages';

// The menu handler with the real save path; the browser API records the badge instead.
const api = vi.hoisted(() => ({
  titles: [] as string[],
  browser: {
    i18n: { getMessage: (_key: string, _subs?: string | string[]): string => '' },
    scripting: { executeScript: async () => [] },
    action: {
      setBadgeBackgroundColor: async () => {},
      setBadgeText: async () => {},
      setTitle: async ({ title }: { title: string }) => {
        api.titles.push(title);
      },
    },
  },
}));
vi.mock('webextension-polyfill', () => ({ default: api.browser }));

// The worker reads its words from _locales, as the extension does.
api.browser.i18n.getMessage = englishMessage;

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

const PAGE = 'https://example.com/post';
const click = (menuItemId: string, selectionText?: string) =>
  ({ menuItemId, pageUrl: PAGE, ...(selectionText ? { selectionText } : {}) }) as Menus.OnClickData;
const tab = { url: PAGE, title: 'Post' } as Tabs.Tab;

describe('"Clip with selection" on a page clipped before', () => {
  it('adds the quote and moves the clip to the category chosen in the submenu, and says so', async () => {
    const { handleMenuClick } = await import('../../../src/background/menus');
    await handleMenuClick(click('page:tools'), tab);
    api.titles.length = 0;
    const result = await handleMenuClick(click('selection:notable-articles', 'A quote'), tab);
    expect(result).toMatchObject({ ok: true, created: false, moved: true });
    const [clip] = await findClipsByUrl(PAGE);
    expect(clip?.categoryId).toBe('notable-articles');
    expect(clip?.comment).toBe('> A quote');
    expect(api.titles.join('\n')).toMatch(/moved to the chosen category/);
  });

  it('the shortcut (last used category, not a choice) never moves a clipped page', async () => {
    const { saveCapture } = await import('../../../src/background/save');
    const input = {
      url: PAGE,
      pageTitle: 'Post',
      description: '',
      heading: 'Post',
      comment: '',
      categoryId: 'tools',
    };
    await saveCapture(input);
    const again = await saveCapture({ ...input, categoryId: 'notable-articles' });
    expect(again).toMatchObject({ ok: true, created: false });
    expect((await findClipsByUrl(PAGE))[0]?.categoryId).toBe('tools');
  });
});
