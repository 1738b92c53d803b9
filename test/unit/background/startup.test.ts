import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDatabase } from '../../../src/storage/db';

// The worker's registration against a recording stand-in for the browser API.
const api = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => unknown>();
  const event = (name: string) => ({
    addListener: (listener: (...args: unknown[]) => unknown) => listeners.set(name, listener),
  });
  return {
    listeners,
    badge: [] as string[],
    browser: {
      runtime: {
        onInstalled: event('onInstalled'),
        onStartup: event('onStartup'),
        onMessage: event('onMessage'),
        getManifest: () => ({ version: '0' }),
      },
      contextMenus: { onClicked: event('onClicked'), removeAll: async () => {}, create: () => {} },
      commands: { onCommand: event('onCommand') },
      alarms: { onAlarm: event('onAlarm'), get: async () => undefined, create: async () => {} },
      i18n: { getMessage: () => '' },
      action: {
        setBadgeBackgroundColor: async () => {},
        setTitle: async () => {},
        setBadgeText: async ({ text }: { text: string }) => {
          api.badge.push(text);
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: api.browser }));

afterEach(async () => {
  await closeDatabase();
  await deleteDB('digest-clipper');
});

describe('a browser restart', () => {
  it('shows the draft count on the badge at once (runtime.onStartup)', async () => {
    const { saveCapture } = await import('../../../src/background/save');
    const { init } = await import('../../../src/background/init');
    const saved = await saveCapture({
      url: 'https://example.com/a',
      pageTitle: 'A',
      description: '',
      heading: 'A',
      comment: '',
      categoryId: 'tools',
    });
    expect(saved.ok).toBe(true);
    init();
    const onStartup = api.listeners.get('onStartup');
    expect(onStartup, 'an onStartup listener').toBeTypeOf('function');
    api.badge.length = 0;
    onStartup?.();
    await vi.waitFor(() => expect(api.badge).toEqual(['1']));
  });
});

describe('a run of changes', () => {
  it('recounts the badge once after a burst of changes, not once per change', async () => {
    const { init } = await import('../../../src/background/init');
    const { announceChange, onChange } = await import('../../../src/storage/changes');
    const { badgeSettled } = await import('../../../src/background/badge-schedule');
    const { saveCapture } = await import('../../../src/background/save');
    init();
    const saved = await saveCapture({
      url: 'https://example.com/b',
      pageTitle: 'B',
      description: '',
      heading: 'B',
      comment: '',
      categoryId: 'tools',
    });
    expect(saved.ok).toBe(true);
    await vi.waitFor(() => expect(api.badge.at(-1)).toBe('1'));
    api.badge.length = 0;
    let marked = false;
    const stop = onChange(({ stores }) => {
      if (stores.includes('styles')) marked = true;
    });
    for (let i = 0; i < 20; i++) announceChange({ db: 'digest-clipper', stores: ['clips'] });
    // A notice the badge ignores, after the twenty: once it arrived, they all have.
    announceChange({ db: 'digest-clipper', stores: ['styles'] });
    await vi.waitFor(() => expect(marked).toBe(true));
    stop();
    await badgeSettled();
    expect(api.badge).toEqual(['1']);
  });
});
