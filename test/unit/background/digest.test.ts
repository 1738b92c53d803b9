import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';
import { englishMessage } from '../helpers/english-messages';

// The worker's menus follow the current digest; the stand-in browser records them.
const api = vi.hoisted(() => {
  const event = () => ({ addListener: () => {} });
  return {
    menus: [] as { id: string; title: string; parentId?: string }[],
    browser: {
      runtime: {
        onInstalled: event(),
        onStartup: event(),
        onMessage: event(),
        getManifest: () => ({ version: '0' }),
      },
      contextMenus: {
        onClicked: event(),
        removeAll: async () => {
          api.menus.length = 0;
        },
        create: (item: { id: string; title: string; parentId?: string }) => {
          api.menus.push(item);
        },
      },
      commands: { onCommand: event() },
      alarms: { onAlarm: event(), get: async () => undefined, create: async () => {} },
      i18n: {
        getMessage: (_key: string, _subs?: string | string[]): string => '',
        getUILanguage: () => 'en',
      },
      action: {
        setBadgeBackgroundColor: async () => {},
        setTitle: async () => {},
        setBadgeText: async () => {},
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: api.browser }));
api.browser.i18n.getMessage = englishMessage;

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

describe('the context menus', () => {
  it("list the current digest's sections, and follow a switch to another digest", async () => {
    const { init } = await import('../../../src/background/init');
    const { createMenus } = await import('../../../src/background/menus');
    const { createDigest, setCurrentDigest } = await import('../../../src/storage/digests/digests');
    const { addCategory } = await import('../../../src/storage/categories/edit');
    const { getCurrentDraft } = await import('../../../src/storage/issues/issues');
    init();
    await createMenus();
    const pageItems = () => api.menus.filter((m) => m.parentId === 'page').map((m) => m.title);
    expect(pageItems()).toEqual([
      '✨ New Features',
      '👀 Notable Articles',
      '🛠️ Tools, Frameworks, Libraries',
    ]);
    expect(api.menus.find((m) => m.id === 'page')?.title).toBe(englishMessage('menuClipPage'));

    await createDigest({ name: 'TWiR', style: 'this-week-in-rust' });
    const draft = await getCurrentDraft();
    await addCategory({ emoji: '', name: 'Observations/Thoughts' }, draft.id);
    await vi.waitFor(() => expect(pageItems()).toContain('Observations/Thoughts'));

    await setCurrentDigest('default');
    await vi.waitFor(() => expect(pageItems()).not.toContain('Observations/Thoughts'));
    expect(pageItems()).toHaveLength(3);
  });
});
