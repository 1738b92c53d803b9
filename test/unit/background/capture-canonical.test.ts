import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';
import { englishMessage } from '../helpers/english-messages';

// The shortcut and the menus take the same address the popup does: the page's canonical
// one on its site, without trackers. The page script's answer is stood in for.
const api = vi.hoisted(() => ({
  declared: [] as string[],
  tabs: [] as { id?: number; url?: string; title?: string }[],
  browser: {
    runtime: { getManifest: () => ({ version: '9.9.9' }) },
    i18n: {
      getMessage: (_key: string, _subs?: string | string[]): string => '',
      getUILanguage: () => 'en',
    },
    tabs: { query: async () => api.tabs },
    scripting: {
      executeScript: async () => [
        {
          result: {
            title: 'Async Rust',
            description: '',
            selection: '',
            linkText: 'a link',
            declared: api.declared,
          },
        },
      ],
    },
    action: {
      setBadgeBackgroundColor: async () => {},
      setTitle: async () => {},
      setBadgeText: async () => {},
    },
  },
}));
vi.mock('webextension-polyfill', () => ({ default: api.browser }));
api.browser.i18n.getMessage = englishMessage;

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

describe('capture by shortcut and menu', () => {
  it('the shortcut clips the canonical address without trackers', async () => {
    const { handleCommand } = await import('../../../src/background/commands');
    api.tabs = [{ id: 1, url: 'https://example.com/p/1?utm_source=x', title: 'Async Rust' }];
    api.declared = ['https://example.com/posts/async-rust', ''];
    const result = await handleCommand('clip-page');
    expect(result).toMatchObject({
      ok: true,
      created: true,
      clip: { url: 'https://example.com/posts/async-rust' },
    });
  });

  it('a page from the menu takes its canonical address; a link only loses its trackers', async () => {
    const { captureFromMenu } = await import('../../../src/background/menus');
    api.declared = ['', 'https://www.example.com/posts/og'];
    const tab = { id: 1, url: 'https://example.com/amp?fbclid=1', title: 'Async Rust' } as never;
    const page = await captureFromMenu(
      { menuItemId: 'page:tools', pageUrl: 'https://example.com/amp?fbclid=1' } as never,
      tab,
    );
    expect(page.url).toBe('https://www.example.com/posts/og');
    const link = await captureFromMenu(
      {
        menuItemId: 'link:tools',
        pageUrl: 'https://example.com/amp',
        linkUrl: 'https://other.example.org/post?utm_campaign=z&id=4',
      } as never,
      tab,
    );
    expect(link.url).toBe('https://other.example.org/post?id=4');
  });
});
